package org.podium.comment.control;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which files a comment may carry, decided by their content (magic bytes), never by their name or the browser's word:
 * residents attach PDF, PNG or JPEG; clerks also attach voicemail recordings (MP3, WAV, OGG, M4A). At most three
 * files of at most 10 MB each (configurable).
 */
public final class AttachmentPolicy {

    public static final int MAX_FILES = 3;
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int NAME_MAX = 200;

    public enum Kind {
        PDF("application/pdf", "pdf"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg"),
        MP3("audio/mpeg", "mp3"),
        WAV("audio/wav", "wav"),
        OGG("audio/ogg", "ogg"),
        M4A("audio/mp4", "m4a");

        public final String mediaType;
        public final String extension;

        Kind(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public boolean isAudio() {
            return mediaType.startsWith("audio/");
        }
    }

    /** One file as received: the sender's name for it and its bytes. */
    public record Upload(String fileName, byte[] content) implements Serializable {}

    private AttachmentPolicy() {}

    /** The kind the content really is, if it is one Podium accepts at all. */
    public static Optional<Kind> detect(byte[] b) {
        if (b == null || b.length < 4) {
            return Optional.empty();
        }
        if (starts(b, 0, "%PDF-")) {
            return Optional.of(Kind.PDF);
        }
        if (starts(b, 0, (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')) {
            return Optional.of(Kind.PNG);
        }
        if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(Kind.JPEG);
        }
        if (starts(b, 0, "ID3") || (b[0] & 0xFF) == 0xFF && ((b[1] & 0xFF) & 0xE0) == 0xE0) {
            return Optional.of(Kind.MP3);
        }
        if (b.length >= 12 && starts(b, 0, "RIFF") && starts(b, 8, "WAVE")) {
            return Optional.of(Kind.WAV);
        }
        if (starts(b, 0, "OggS")) {
            return Optional.of(Kind.OGG);
        }
        if (b.length >= 12
                && starts(b, 4, "ftyp")
                && (starts(b, 8, "M4A") || starts(b, 8, "mp4") || starts(b, 8, "isom"))) {
            return Optional.of(Kind.M4A);
        }
        return Optional.empty();
    }

    /**
     * Checks a whole set of files before anything is stored. Returns the message key of the first problem and the
     * name of the file at fault, or empty when all may be stored.
     */
    public static Optional<Problem> check(List<Upload> uploads, boolean audioAllowed) {
        if (uploads.size() > MAX_FILES) {
            return Optional.of(new Problem("attachment.tooMany", String.valueOf(MAX_FILES)));
        }
        for (Upload u : uploads) {
            String name = cleanName(u.fileName());
            if (u.content() == null || u.content().length == 0) {
                return Optional.of(new Problem("attachment.empty", name));
            }
            if (u.content().length > MAX_BYTES) {
                return Optional.of(new Problem("attachment.tooLarge", name));
            }
            Optional<Kind> kind = detect(u.content());
            if (kind.isEmpty() || kind.get().isAudio() && !audioAllowed) {
                return Optional.of(new Problem(audioAllowed ? "attachment.typeClerk" : "attachment.type", name));
            }
        }
        return Optional.empty();
    }

    public record Problem(String messageKey, String argument) {}

    /** The sender's file name without any path, control characters or markup, at most 200 characters. */
    public static String cleanName(String raw) {
        String n = raw == null ? "" : raw;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = n.replaceAll("[\\p{Cntrl}<>\"]", "").strip();
        if (n.isEmpty()) {
            n = "file";
        }
        return n.length() > NAME_MAX ? n.substring(n.length() - NAME_MAX) : n;
    }

    /**
     * The name a file is stored and offered for download under: the sender's name, cleaned, ending in the extension of
     * what the file really is. A PDF named {@code letter.html} (a polyglot: a PDF header, an HTML body) downloads as
     * {@code letter.html.pdf}, so that a clerk who opens it from the download folder opens a PDF viewer, never a
     * browser tab running its markup.
     */
    public static String storedName(String raw, Kind kind) {
        String name = cleanName(raw);
        String lower = name.toLowerCase(Locale.ROOT);
        boolean matches = lower.endsWith("." + kind.extension) || kind == Kind.JPEG && lower.endsWith(".jpeg");
        if (matches) {
            return name;
        }
        String suffix = "." + kind.extension;
        return (name.length() + suffix.length() > NAME_MAX ? name.substring(0, NAME_MAX - suffix.length()) : name)
                + suffix;
    }

    private static boolean starts(byte[] b, int offset, String ascii) {
        if (b.length < offset + ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[offset + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean starts(byte[] b, int offset, int... values) {
        if (b.length < offset + values.length) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            if ((b[offset + i] & 0xFF) != (values[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
