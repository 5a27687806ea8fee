package org.podium.comment.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: fields separated by commas, optionally in double quotes (a quote inside doubled), quoted fields may
 * span lines. Each record keeps the line it starts on, for the import report.
 */
public final class Csv {

    public record Record(int line, List<String> fields) implements Serializable {}

    /** A file that is not CSV: the line where reading stopped. */
    public static class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final int line;

        Malformed(int line) {
            super("malformed CSV at line " + line);
            this.line = line;
        }
    }

    private Csv() {}

    public static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                if (fieldStarted && field.length() > 0) {
                    throw new Malformed(line);
                }
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
                    fields.add(field.toString());
                    records.add(new Record(recordLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                fieldStarted = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new Malformed(recordLine);
        }
        if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }
}
