package org.podium.analysis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * A tab-separated file with a header line, read strictly: UTF-8 (a byte-order mark allowed), every named column
 * present, every row with as many fields as the header. A problem is a {@link BadInput} naming the file and line.
 */
final class Tsv {

    /** One row: its line number and its fields in the order of the columns asked for. */
    record Row(int line, String[] fields) {
        String get(int column) {
            return fields[column];
        }
    }

    /** A file that cannot be used, with the one-line message to print. */
    static final class BadInput extends Exception {
        BadInput(Path file, int line, String message) {
            super(file + (line > 0 ? ":" + line : "") + ": " + message);
        }
    }

    private Tsv() {}

    static List<Row> read(Path file, String... columns) throws BadInput {
        byte[] bytes;
        try (InputStream in = file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file))
                : Files.newInputStream(file)) {
            bytes = in.readAllBytes();
        } catch (NoSuchFileException e) {
            throw new BadInput(file, 0, "no such file");
        } catch (IOException e) {
            throw new BadInput(file, 0, "cannot be read (" + e.getMessage() + ")");
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Row> rows = new ArrayList<>();
        int[] at = null;
        int width = 0;
        int line = 0;
        int start =
                bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
                        ? 3
                        : 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            line++;
            int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            String text;
            try {
                text = utf8.decode(ByteBuffer.wrap(bytes, start, stop - start)).toString();
            } catch (CharacterCodingException e) {
                throw new BadInput(file, line, "not UTF-8 text (save the file as UTF-8)");
            }
            start = end + 1;
            if (text.isBlank()) {
                continue;
            }
            String[] fields = text.split("\t", -1);
            if (at == null) {
                List<String> header = Arrays.stream(fields)
                        .map(f -> f.strip().toLowerCase(Locale.ROOT))
                        .toList();
                at = new int[columns.length];
                for (int c = 0; c < columns.length; c++) {
                    at[c] = header.indexOf(columns[c]);
                    if (at[c] < 0) {
                        throw new BadInput(
                                file,
                                line,
                                "no column '" + columns[c] + "' in the header (expected the "
                                        + "tab-separated columns " + String.join(", ", columns) + "; found "
                                        + String.join(", ", header) + ")");
                    }
                }
                width = fields.length;
                continue;
            }
            if (fields.length != width) {
                throw new BadInput(
                        file,
                        line,
                        "expected " + width + " tab-separated fields as in the header, found " + fields.length);
            }
            String[] picked = new String[columns.length];
            for (int c = 0; c < columns.length; c++) {
                picked[c] = fields[at[c]];
            }
            rows.add(new Row(line, picked));
        }
        if (at == null) {
            throw new BadInput(
                    file,
                    0,
                    "empty (expected a header line with the tab-separated columns " + String.join(", ", columns) + ")");
        }
        if (rows.isEmpty()) {
            throw new BadInput(file, line, "has a header but no rows");
        }
        return rows;
    }
}
