package org.podium.record.control;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.podium.platform.Hashes;

/**
 * The canonical JSON of a record entry, as RFC 8785 (JSON Canonicalization Scheme) writes it for the values a record
 * holds — objects, arrays, strings, whole numbers, booleans and null: no white space, object keys sorted by their UTF-16
 * code units, strings escaped only where JSON must be (quote, backslash, control characters). Any JCS library
 * produces the same bytes from the published entry, so anyone can recompute the chain.
 */
public final class Canonical {

    /** The hash before the first entry. */
    public static final String ZERO = "0".repeat(64);

    private Canonical() {}

    public static String json(Object value) {
        StringBuilder b = new StringBuilder();
        write(b, value);
        return b.toString();
    }

    /** hash = SHA-256 over the previous hash (64 hex digits), a line feed and the entry's canonical JSON (UTF-8). */
    public static String chain(String previousHash, String content) {
        return Hashes.sha256(previousHash + "\n" + content);
    }

    @SuppressWarnings("unchecked")
    private static void write(StringBuilder b, Object v) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            string(b, s);
        } else if (v instanceof Boolean bool) {
            b.append(bool.booleanValue());
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            b.append(((Number) v).longValue());
        } else if (v instanceof Map<?, ?> m) {
            List<String> keys = new ArrayList<>();
            for (Object k : m.keySet()) {
                keys.add((String) k);
            }
            keys.sort(null); // String.compareTo compares UTF-16 code units, as RFC 8785 asks
            b.append('{');
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                string(b, keys.get(i));
                b.append(':');
                write(b, ((Map<String, ?>) m).get(keys.get(i)));
            }
            b.append('}');
        } else if (v instanceof List<?> list) {
            b.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                write(b, list.get(i));
            }
            b.append(']');
        } else {
            throw new IllegalArgumentException(
                    "not a record value: " + v.getClass().getName());
        }
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    /** A commitment to a personal value: SHA-256 of a random salt, a line feed and the value, in lowercase hex. */
    public static String commit(String salt, String value) {
        return Hashes.sha256(salt + "\n" + value);
    }

    /** A new salt: 128 random bits in lowercase hex. */
    public static String salt() {
        byte[] b = new byte[16];
        SALTS.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static final SecureRandom SALTS = new SecureRandom();
}
