package org.podium.record.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import org.podium.record.control.RecordPdf;

/** The finalized record as JSON, CSV and PDF: all three from the stored entries, so they say the same. */
public final class RecordExport {

    /** How the chain is computed, published with the record so that anyone can recompute it. */
    public static final String HASHING = "hash = SHA-256(previous hash as 64 lowercase hex digits + \"\\n\" + the "
            + "entry's data as RFC 8785 canonical JSON, UTF-8); the first previous hash is 64 zeros; the last hash is "
            + "the final hash";

    private RecordExport() {}

    public static String json(Records.Summary s, List<Records.Entry> entries) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Records.Entry e : entries) {
            var entry = Json.createObjectBuilder()
                    .add("seq", e.seq())
                    .add("kind", e.kind())
                    .add("data", e.data());
            if (e.personalData() != null) {
                entry.add("personal", e.personalData());
            }
            list.add(entry.add("previousHash", e.previousHash()).add("hash", e.hash()));
        }
        JsonObject o = Json.createObjectBuilder()
                .add("meetingId", s.meetingId())
                .add("finalizedAt", s.finalizedAt().toString())
                .add("entryCount", s.entries())
                .add("finalHash", s.finalHash())
                .add("hashing", HASHING)
                .add("entries", list)
                .build();
        StringWriter w = new StringWriter();
        try (var writer = Json.createWriter(w)) {
            writer.writeObject(o);
        }
        return w.toString();
    }

    static final List<String> CSV_COLUMNS = List.of(
            "seq",
            "tracking_number",
            "item",
            "channel",
            "received_at",
            "name",
            "position",
            "status",
            "text",
            "redactions",
            "campaign",
            "topics",
            "earlier_versions",
            "hash");

    /** One row per comment (RFC 4180; the text as published, redactions marked; no text when rejected or withdrawn). */
    public static String csv(List<Records.Entry> entries) {
        StringBuilder b = new StringBuilder();
        b.append(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (Records.Entry e : entries) {
            if (!e.kind().equals("comment")) {
                continue;
            }
            JsonObject d = e.view();
            List<String> topics = d.getJsonArray("topics").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList();
            List<String> cells = List.of(
                    String.valueOf(e.seq()),
                    str(d, "tracking"),
                    str(d, "item"),
                    str(d, "channel"),
                    str(d, "receivedAt"),
                    str(d, "name"),
                    str(d, "position"),
                    str(d, "status"),
                    str(d, "text"),
                    String.valueOf(d.getJsonNumber("redactions").longValue()),
                    str(d, "campaign"),
                    String.join("|", topics),
                    earlier(d),
                    e.hash());
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(cell(cells.get(i)));
            }
            b.append("\r\n");
        }
        return b.toString();
    }

    public static void pdf(
            Records.Summary s,
            List<Records.Entry> entries,
            Locale lang,
            ZoneId zone,
            UnaryOperator<String> topicNames,
            Function<String, List<RecordPdf.KeyPoint>> keyPoints,
            OutputStream out,
            IntConsumer progress) {
        new RecordPdf(lang, zone)
                .topicNames(topicNames)
                .keyPoints(keyPoints)
                .write(
                        entries.stream()
                                .map(e -> new RecordPdf.Item(e.kind(), e.view()))
                                .toList(),
                        s.finalizedAt(),
                        s.finalHash(),
                        out,
                        progress);
    }

    /** The texts the author's edits replaced, oldest first: "v1 2026-…Z OPPOSE: text", one per line. */
    static String earlier(JsonObject d) {
        if (!(d.get("earlierVersions") instanceof JsonArray versions)) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (JsonValue v : versions) {
            JsonObject o = v.asJsonObject();
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append('v')
                    .append(o.getJsonNumber("number").longValue())
                    .append(' ')
                    .append(str(o, "at"))
                    .append(' ')
                    .append(str(o, "position"))
                    .append(": ")
                    .append(str(o, "text"));
        }
        return b.toString();
    }

    private static String str(JsonObject d, String key) {
        JsonValue v = d.get(key);
        return v instanceof JsonString j ? j.getString() : "";
    }

    /**
     * Quoted when it must be; a cell that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
     * apostrophe.
     */
    static String cell(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
