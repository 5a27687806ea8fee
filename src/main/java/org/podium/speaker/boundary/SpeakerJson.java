package org.podium.speaker.boundary;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.podium.speaker.entity.Speaker;
import org.podium.speaker.entity.SpeakingRules;

/** The JSON shapes of speakers. The public shape has no e-mail, no confirmation number and no name withheld. */
public final class SpeakerJson {

    private SpeakerJson() {}

    /** A sign-up's receipt: {@code position} is the place among the confirmed (or on the waitlist) of its item. */
    public record ReceiptJson(String confirmationNumber, String status, int position, int seconds) {
        static ReceiptJson of(Speaker s) {
            return new ReceiptJson(s.getConfirmationNumber(), s.getStatus().name(), s.getPlace(), s.getSeconds());
        }
    }

    /** One entry of the public list. */
    /**
     * One speaker in the public list; {@code chamber} is what happened in the chamber (SPEAKING, SPOKE, NO_SHOW,
     * FORFEITED, SKIPPED; absent while waiting) and {@code spokenSeconds} the real time used, for the record.
     */
    public record Entry(
            long itemId,
            String item,
            String status,
            int position,
            String name,
            String mode,
            int seconds,
            String chamber,
            Integer spokenSeconds) {}

    public record PublicList(
            long meetingId, String order, String drawSeed, OffsetDateTime drawnAt, List<Entry> speakers) {}

    /**
     * The rules as a clerk reads and writes them: durations in minutes, {@code order} FIRST_COME or DRAW; on a write,
     * {@code preset} (chicago, seattle, long-beach) fills every value not given.
     */
    public record RulesJson(
            String preset,
            Instant opensAt,
            Integer opensBeforeMinutes,
            Instant closesAt,
            Integer closesBeforeMinutes,
            Integer maxPerItem,
            Integer maxOverall,
            Integer totalMinutes,
            Integer secondsPerSpeaker,
            Integer reducedAbove,
            Integer reducedSeconds,
            Double interpreterMultiplier,
            Integer spokespersonMinMembers,
            Integer spokespersonSeconds,
            String order,
            Integer inPersonQuota,
            Integer remoteQuota,
            Boolean residentPriority,
            Integer callBacks,
            String drawSeed) {

        static RulesJson of(String preset, SpeakingRules r, String seed) {
            return new RulesJson(
                    preset,
                    r.opensAt(),
                    minutes(r.opensBefore()),
                    r.closesAt(),
                    minutes(r.closesBefore()),
                    r.maxPerItem(),
                    r.maxOverall(),
                    r.totalMinutes(),
                    r.secondsPerSpeaker(),
                    r.reducedAbove(),
                    r.reducedSeconds(),
                    r.interpreterMultiplier(),
                    r.spokespersonMinMembers(),
                    r.spokespersonSeconds(),
                    r.order().name(),
                    r.inPersonQuota(),
                    r.remoteQuota(),
                    r.residentPriority(),
                    r.callBacks(),
                    seed);
        }

        private static Integer minutes(Duration d) {
            return d == null ? null : (int) d.toMinutes();
        }
    }

    static Entry entry(Speaker s) {
        return new Entry(
                s.getItem().getId(),
                s.getItem().getNumber() + " " + s.getItem().getTitle(),
                s.getStatus().name(),
                s.getPlace(),
                s.getPublicName(),
                s.getMode().name(),
                s.getSeconds(),
                s.getLive() == null ? null : s.getLive().name(),
                s.getSpokenSeconds());
    }

    static OffsetDateTime at(Instant i, ZoneId zone) {
        return i == null ? null : i.atZone(zone).toOffsetDateTime();
    }
}
