package org.podium.comment.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podium.comment.entity.Span;

/**
 * The automatic pre-screen every comment goes through on receipt. It only suggests: personal data (phone numbers,
 * e-mail addresses, also written out, street addresses, social security–like numbers) becomes suggested redaction
 * spans; obscenity (a word list), threat phrases and links become flags; a disposable e-mail domain and a burst of
 * comments from one address become authenticity flags. A clerk decides. Plain Java, no container: unit-tested on
 * tricky inputs (an ordinance number or "3-1-1" is not a phone number).
 */
public final class PreScreen {

    /** What the screen can raise; {@link #code} is the stored and API form. */
    public enum Flag {
        PERSONAL_DATA("personal-data"),
        OBSCENITY("obscenity"),
        THREAT("threat"),
        LINK("link"),
        DISPOSABLE_EMAIL("disposable-email"),
        BURST("burst");

        public final String code;

        Flag(String code) {
            this.code = code;
        }

        public static Optional<Flag> of(String code) {
            for (Flag f : values()) {
                if (f.code.equals(code)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    public record Result(Set<Flag> flags, List<Span> suggested) {

        /** The stored form of the flags: codes joined by commas, or null. */
        public String flagCodes() {
            return flags.isEmpty()
                    ? null
                    : String.join(",", flags.stream().map(f -> f.code).toList());
        }
    }

    private static final String SEP = "[\\s.-]";
    /** North American numbers with separators: (312) 555-0142, 312-555-0142, 312.555.0142, +1 312 555 0142. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w-])(?:\\+?1" + SEP + "?)?(?:\\(\\d{3}\\)\\s?|\\d{3}" + SEP + ")\\d{3}" + SEP + "\\d{4}(?![\\w-])");
    /** Ten digits run together count only when the words before them say it is a number to call. */
    private static final Pattern PHONE_PLAIN = Pattern.compile(
            "(?i)\\b(?:call|phone|tel|telephone|cell|mobile|text|n[uú]mero|tel[eé]fono|llame|ll[aá]mame)\\D{0,12}"
                    + "((?:\\+?1)?\\d{10})(?!\\d)");

    private static final Pattern INTERNATIONAL =
            Pattern.compile("(?<![\\w+])\\+(?:[2-9]\\d{0,2})(?:[\\s.-]?\\d{2,4}){3,5}(?![\\w-])");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final String DOT = "(?:\\s*\\.\\s*|\\s*[(\\[{]\\s*dot\\s*[)\\]}]\\s*|\\s+dot\\s+|\\s+punto\\s+)";
    private static final String AT =
            "(?:\\s*@\\s*|\\s*[(\\[{]\\s*(?:at|arroba)\\s*[)\\]}]\\s*|\\s+at\\s+|\\s+arroba\\s+)";
    /**
     * jane dot doe at gmail dot com, jane(at)gmail(dot)com, jane [at] gmail [dot] com; never "at www.…", a website
     * ("read about levies at www.example.com").
     */
    private static final Pattern EMAIL_WRITTEN =
            Pattern.compile("(?i)\\b[a-z0-9_+-]+(?:" + DOT + "[a-z0-9_+-]+)*" + AT + "(?!www\\b)[a-z0-9-]+(?:" + DOT
                    + "[a-z0-9-]+)*" + DOT + "(?:com|org|net|edu|gov|us|mx|es|io|info|co)\\b");
    /** A written-out address has one of these (a "dot" word or a top-level domain after a dot). */
    private static final List<String> WRITTEN_HINTS =
            List.of("dot", "punto", ".co", ".org", ".net", ".edu", ".gov", ".us", ".mx", ".es", ".io", ".info");
    /** Every threat phrase of threats.txt has one of these words: the patterns run only on a text that has one. */
    static final List<String> THREAT_HINTS = List.of(
            "kill",
            "shoot",
            "hurt",
            "stab",
            "beat",
            "burn",
            "bomb",
            "blow",
            "pay for",
            "sorry",
            "not live",
            "back",
            "die",
            "shot",
            "hang",
            "bullet",
            "where you live",
            "matar",
            "disparar",
            "quemar");

    private static final Pattern SSN = Pattern.compile("(?<![\\d-])\\d{3}[- ]\\d{2}[- ]\\d{4}(?![\\d-])");
    private static final Pattern SSN_PLAIN =
            Pattern.compile("(?i)\\b(?:ssn|social security(?: number| no\\.?)?|seguro social)\\D{0,12}(\\d{9})(?!\\d)");
    private static final Pattern STREET = Pattern.compile(
            "\\b\\d{1,6}[A-Za-z]?\\s+(?:(?:[NSEW]|North|South|East|West)\\.?\\s+)?(?:[A-Z0-9][\\w'.-]*\\s+){1,3}"
                    + "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Terrace|"
                    + "Ter|Parkway|Pkwy|Circle|Cir|Highway|Hwy)\\b\\.?"
                    + "(?:,?\\s*(?:Apt|Apartment|Unit|Suite|Ste|#)\\.?\\s*#?\\w+)?");
    private static final Pattern LINK = Pattern.compile(
            "(?i)\\bhttps?://\\S+|\\bwww\\.[a-z0-9-]+\\.\\S+|\\b[a-z0-9-]+\\.(?:com|net|org|info|biz|io|ly|xyz|shop)/\\S*");

    private final Set<String> obscene;
    private final List<String> obsceneStems;
    private final Pattern threats;
    private final Set<String> disposable;

    PreScreen(List<String> obscenityWords, List<String> threatPatterns, List<String> disposableDomains) {
        Set<String> words = new HashSet<>();
        List<String> stems = new ArrayList<>();
        for (String w : obscenityWords) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.endsWith("*")) {
                stems.add(lower.substring(0, lower.length() - 1));
            } else {
                words.add(lower);
            }
        }
        obscene = Set.copyOf(words);
        obsceneStems = List.copyOf(stems);
        // one pattern, one pass over the text
        threats = Pattern.compile("(?i)(?:" + String.join(")|(?:", threatPatterns) + ")");
        disposable = Set.copyOf(
                disposableDomains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList());
    }

    /** True when a whole word of the text is on the obscenity list (or starts with a listed stem). */
    boolean obscene(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (obscene.contains(word)) {
                    return true;
                }
                for (String stem : obsceneStems) {
                    if (word.startsWith(stem)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The screen with the lists shipped in this package. */
    public static PreScreen standard() {
        return new PreScreen(list("obscenity.txt"), list("threats.txt"), list("disposable-domains.txt"));
    }

    /**
     * Screens one comment. {@code senderEmail} may be null; {@code burst} says the sender's address sent more comments
     * in a short time than the council considers normal (the caller counts them).
     */
    public Result screen(String text, String senderEmail, boolean burst) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        List<Span> spans = new ArrayList<>();
        String t = text == null ? "" : text;
        String lower = t.toLowerCase(Locale.ROOT);
        // cheap look-ups first: most comments have no digit, no @, no link, no threat word, and skip those patterns
        if (t.chars().anyMatch(Character::isDigit)) {
            for (Pattern p : List.of(PHONE, INTERNATIONAL, SSN, STREET)) {
                collect(p.matcher(t), 0, spans);
            }
            for (Pattern p : List.of(PHONE_PLAIN, SSN_PLAIN)) {
                collect(p.matcher(t), 1, spans);
            }
        }
        if (t.indexOf('@') >= 0) {
            collect(EMAIL.matcher(t), 0, spans);
        }
        if (WRITTEN_HINTS.stream().anyMatch(lower::contains)) {
            collect(EMAIL_WRITTEN.matcher(t), 0, spans);
        }
        if (!spans.isEmpty()) {
            flags.add(Flag.PERSONAL_DATA);
        }
        if (obscene(t)) {
            flags.add(Flag.OBSCENITY);
        }
        if (THREAT_HINTS.stream().anyMatch(lower::contains)
                && threats.matcher(t).find()) {
            flags.add(Flag.THREAT);
        }
        if ((lower.contains("http") || lower.contains("www.") || lower.indexOf('/') >= 0)
                && LINK.matcher(t).find()) {
            flags.add(Flag.LINK);
        }
        if (isDisposable(senderEmail)) {
            flags.add(Flag.DISPOSABLE_EMAIL);
        }
        if (burst) {
            flags.add(Flag.BURST);
        }
        return new Result(flags, Span.normalise(spans));
    }

    /** True when the address's domain, or a domain it is under, is on the disposable list. */
    public boolean isDisposable(String email) {
        if (email == null) {
            return false;
        }
        int at = email.lastIndexOf('@');
        if (at < 0) {
            return false;
        }
        String domain = email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
        while (true) {
            if (disposable.contains(domain)) {
                return true;
            }
            int dot = domain.indexOf('.');
            if (dot < 0) {
                return false;
            }
            domain = domain.substring(dot + 1);
        }
    }

    private static void collect(Matcher m, int group, List<Span> into) {
        while (m.find()) {
            into.add(new Span(m.start(group), m.end(group)));
        }
    }

    private static List<String> list(String resource) {
        try (InputStream in = PreScreen.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
