package org.podium.speaker.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A meeting's rules for public speakers, as a council writes them: when sign-up opens and closes (absolute, or
 * relative to the meeting's start), how many may speak per item and in all, the total time for public comment, the
 * time per speaker (reduced when many sign up), interpreter and group-spokesperson time, the order (first come by
 * sequence, or a random draw at close), in-person and remote quotas, an optional priority for residents, and how many
 * times a no-show is called back. Plain Java: the presets and every computation are unit-tested without a container.
 *
 * <p>{@code null} for a limit means "no limit".
 */
public record SpeakingRules(
        Instant opensAt,
        Duration opensBefore,
        Instant closesAt,
        Duration closesBefore,
        Integer maxPerItem,
        Integer maxOverall,
        Integer totalMinutes,
        int secondsPerSpeaker,
        Integer reducedAbove,
        Integer reducedSeconds,
        double interpreterMultiplier,
        Integer spokespersonMinMembers,
        Integer spokespersonSeconds,
        Order order,
        Integer inPersonQuota,
        Integer remoteQuota,
        boolean residentPriority,
        int callBacks) {

    /** First come by the sign-up's sequence number (never its timestamp), or a random draw when sign-up closes. */
    public enum Order {
        FIRST_COME,
        DRAW
    }

    public enum Mode {
        IN_PERSON,
        REMOTE
    }

    /** Refuses rules that cannot work; the exception's message is the name of the field at fault. */
    public SpeakingRules {
        if (secondsPerSpeaker < 10 || secondsPerSpeaker > 3600) {
            throw new IllegalArgumentException("secondsPerSpeaker");
        }
        if (interpreterMultiplier < 1 || interpreterMultiplier > 4) {
            throw new IllegalArgumentException("interpreterMultiplier");
        }
        if ((reducedAbove == null) != (reducedSeconds == null)) {
            throw new IllegalArgumentException("reducedSeconds");
        }
        if ((spokespersonMinMembers == null) != (spokespersonSeconds == null)) {
            throw new IllegalArgumentException("spokespersonSeconds");
        }
        if (callBacks < 0 || callBacks > 5) {
            throw new IllegalArgumentException("callBacks");
        }
        if (order == null) {
            throw new IllegalArgumentException("order");
        }
    }

    /**
     * Chicago City Council (Rule 58E): 3 minutes each, 30 minutes in all (so 10 speakers), chosen by a random draw
     * split between the chamber and remote, one call-back and then the place is forfeited. Sign-up closes the day
     * before; Illinois law forbids demanding it days ahead, so it opens 72 hours before.
     */
    public static final SpeakingRules CHICAGO = new SpeakingRules(
            null,
            Duration.ofHours(72),
            null,
            Duration.ofHours(24),
            null,
            10,
            30,
            180,
            null,
            null,
            1.0,
            null,
            null,
            Order.DRAW,
            5,
            5,
            false,
            1);

    /** Seattle City Council: 2 minutes each, 20 minutes in all, online sign-up opens 2 hours before, sign-up order. */
    public static final SpeakingRules SEATTLE = new SpeakingRules(
            null,
            Duration.ofHours(2),
            null,
            Duration.ZERO,
            null,
            null,
            20,
            120,
            null,
            null,
            1.0,
            null,
            null,
            Order.FIRST_COME,
            null,
            null,
            false,
            0);

    /**
     * Long Beach City Council: the first 20 sign-ups per item, 3 minutes each, 90 seconds when more than 10 sign up,
     * double time with an interpreter.
     */
    public static final SpeakingRules LONG_BEACH = new SpeakingRules(
            null,
            Duration.ofDays(7),
            null,
            Duration.ZERO,
            20,
            null,
            null,
            180,
            10,
            90,
            2.0,
            null,
            null,
            Order.FIRST_COME,
            null,
            null,
            false,
            0);

    public static Optional<SpeakingRules> preset(String name) {
        return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
            case "chicago" -> Optional.of(CHICAGO);
            case "seattle" -> Optional.of(SEATTLE);
            case "long-beach", "longbeach" -> Optional.of(LONG_BEACH);
            default -> Optional.empty();
        };
    }

    /** When sign-up opens for a meeting starting at {@code start}: the absolute time, else relative, else at once. */
    public Instant opens(Instant start) {
        return opensAt != null ? opensAt : opensBefore != null ? start.minus(opensBefore) : Instant.MIN;
    }

    /** When sign-up closes: the absolute time, else relative to the start, else at the start. */
    public Instant closes(Instant start) {
        return closesAt != null ? closesAt : start.minus(closesBefore == null ? Duration.ZERO : closesBefore);
    }

    public boolean isOpen(Instant start, Instant now) {
        return !now.isBefore(opens(start)) && now.isBefore(closes(start));
    }

    /** How many may speak in all: the overall limit and what the total time allows at the full time per speaker. */
    public int overallCapacity() {
        int byTime = totalMinutes == null ? Integer.MAX_VALUE : totalMinutes * 60 / secondsPerSpeaker;
        return Math.min(maxOverall == null ? Integer.MAX_VALUE : maxOverall, byTime);
    }

    /**
     * A speaker's time, in seconds: the time per speaker (reduced when more than {@code reducedAbove} are confirmed
     * on the item), a spokesperson's time for a group of at least {@code spokespersonMinMembers} named members, times
     * the interpreter multiplier when an interpreter is requested.
     */
    public int secondsFor(int confirmedOnItem, boolean interpreter, int groupMembers) {
        int base = reducedAbove != null && confirmedOnItem > reducedAbove ? reducedSeconds : secondsPerSpeaker;
        if (spokespersonMinMembers != null && groupMembers >= spokespersonMinMembers) {
            base = Math.max(base, spokespersonSeconds);
        }
        return (int) Math.round(interpreter ? base * interpreterMultiplier : base);
    }

    /** The quota of a mode, or null for none. */
    public Integer quota(Mode mode) {
        return mode == Mode.IN_PERSON ? inPersonQuota : remoteQuota;
    }
}
