package org.podium.comment.boundary;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.podium.comment.control.Csv;
import org.podium.platform.Bundles;
import org.podium.platform.Hashes;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;

/**
 * Imports comments that came by other channels from a CSV file (columns in docs/guide-clerk.md). Every row is its own
 * transaction: valid rows are stored, invalid rows are reported with their line and reason, none is dropped silently,
 * and a row already imported (same item and content) is counted as a duplicate instead of stored again.
 */
@Dependent
public class CsvImport implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<String> COLUMNS =
            List.of("channel", "received_at", "position", "name", "email", "ward", "text");
    public static final int MAX_ROWS = 5000;

    public record RowError(int line, String field, String message) implements Serializable {
        // JavaBean getters: Expression Language 5 (Jakarta EE 10) does not read record components

        public int getLine() {
            return line;
        }

        public String getField() {
            return field;
        }

        public String getMessage() {
            return message;
        }
    }

    public record Report(int rows, int imported, int duplicates, List<RowError> errors, List<String> trackingNumbers)
            implements Serializable {}

    @Inject
    Comments comments;

    @Inject
    PodiumConfig config;

    /** The file's bytes as text, if they are UTF-8; anything else is refused rather than guessed. */
    public static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes == null ? new byte[0] : bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw PodiumException.invalid("file", "import.encoding");
        }
    }

    /** A parsed file whose header is checked: its rows wait to be imported, in chunks if need be. */
    public record Prepared(Map<String, Integer> column, List<Csv.Record> rows) implements Serializable {}

    /** A running import's totals, added to chunk by chunk. */
    public static final class Progress implements Serializable {
        private static final long serialVersionUID = 1L;
        private int done;
        private int imported;
        private int duplicates;
        private final List<RowError> errors = new ArrayList<>();
        private final List<String> trackingNumbers = new ArrayList<>();

        public int done() {
            return done;
        }

        public Report report(int rows) {
            return new Report(rows, imported, duplicates, List.copyOf(errors), List.copyOf(trackingNumbers));
        }
    }

    public Report run(long itemId, String csv, Locale locale, String baseUrl) {
        Prepared prepared = prepare(csv);
        Progress progress = new Progress();
        importRows(itemId, prepared, progress, prepared.rows().size(), locale, baseUrl);
        return progress.report(prepared.rows().size());
    }

    /** Parses the file and checks its header and size; nothing is stored yet. */
    public Prepared prepare(String csv) {
        List<Csv.Record> records;
        try {
            records = Csv.parse(csv == null ? "" : csv);
        } catch (Csv.Malformed e) {
            throw PodiumException.invalid("file", "import.malformed", e.line);
        }
        if (records.isEmpty()) {
            throw PodiumException.invalid("file", "import.empty");
        }
        Map<String, Integer> column = new HashMap<>();
        List<String> header = records.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            column.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String required : List.of("channel", "received_at", "text")) {
            if (!column.containsKey(required)) {
                throw PodiumException.invalid("file", "import.column", required);
            }
        }
        if (records.size() - 1 > MAX_ROWS) {
            throw PodiumException.invalid("file", "import.tooMany", MAX_ROWS);
        }
        return new Prepared(column, new ArrayList<>(records.subList(1, records.size())));
    }

    /** Imports up to {@code count} more rows after those already done; each row is its own transaction. */
    public void importRows(
            long itemId, Prepared prepared, Progress progress, int count, Locale locale, String baseUrl) {
        Locale lang = Bundles.supported(locale);
        int end = Math.min(prepared.rows().size(), progress.done + count);
        for (Csv.Record r : prepared.rows().subList(progress.done, end)) {
            try {
                IntakeInput in = row(r, prepared.column(), lang);
                Receipt receipt;
                String key = key(itemId, r.fields());
                try {
                    receipt = comments.enter(itemId, in, locale, baseUrl, key);
                } catch (DuplicateSubmission e) {
                    receipt = new Receipt(
                            comments.byIdempotencyKey(key).orElseThrow().getTrackingNumber(), null, false, null);
                }
                if (receipt.created()) {
                    progress.imported++;
                } else {
                    progress.duplicates++;
                }
                progress.trackingNumbers.add(receipt.trackingNumber());
            } catch (RuntimeException e) {
                progress.errors.add(error(r.line(), e, lang));
            }
            progress.done++;
        }
    }

    private IntakeInput row(Csv.Record r, Map<String, Integer> column, Locale lang) {
        IntakeInput in = new IntakeInput();
        in.setChannel(value(r, column, "channel"));
        in.setReceivedAt(instant(value(r, column, "received_at")));
        String position = value(r, column, "position");
        in.setPosition(position == null ? null : position.strip().toUpperCase(Locale.ROOT));
        in.setName(value(r, column, "name"));
        in.setEmail(value(r, column, "email"));
        in.setWard(value(r, column, "ward"));
        in.setText(value(r, column, "text"));
        return in;
    }

    private static String value(Csv.Record r, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        if (i == null || i >= r.fields().size()) {
            return null;
        }
        String v = r.fields().get(i).strip();
        return v.isEmpty() ? null : v;
    }

    /** "2026-11-20T09:15:00-06:00", or "2026-11-20 09:15" in the council's time zone. */
    private Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 16) {
                return LocalDateTime.parse(value, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
                        .atZone(config.zone())
                        .toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw PodiumException.invalid("received_at", "import.receivedAt", value);
        }
    }

    private static RowError error(int line, RuntimeException e, Locale lang) {
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof PodiumException p) {
            return new RowError(line, p.field(), Bundles.message(lang, p.messageKey(), p.arguments()));
        }
        if (t instanceof ConstraintViolationException cve) {
            var v = cve.getConstraintViolations().iterator().next();
            String path = v.getPropertyPath().toString();
            return new RowError(line, path.substring(path.lastIndexOf('.') + 1), v.getMessage());
        }
        throw e;
    }

    /** The same item and the same row content give the same key: a re-import is recognised. */
    static String key(long itemId, List<String> fields) {
        String[] all = new String[fields.size() + 1];
        all[0] = Long.toString(itemId);
        for (int i = 0; i < fields.size(); i++) {
            all[i + 1] = fields.get(i).strip();
        }
        return "csv-" + Hashes.sha256OfFields(all).substring(0, 40);
    }
}
