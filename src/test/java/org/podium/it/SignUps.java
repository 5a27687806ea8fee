package org.podium.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sign-ups to speak as people make them: from a network of their own, then the address confirmed with the link of
 * the mail (read from the outbox, where the mail is written in the same transaction as the sign-up).
 */
public final class SignUps {

    private static final Pattern CONFIRM = Pattern.compile("confirm=([A-Za-z0-9_-]+)");

    private SignUps() {}

    /** A network address of its own (198.18.0.0/15, for benchmarks and tests). */
    public static String network() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198." + (18 + r.nextInt(2)) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    /** Signs up from a network of its own; 201 expected, the sign-up waits for its address to be confirmed. */
    public static String signUp(Http h, long itemId, String body) {
        HttpResponse<String> r = h.postBytes(
                "api/v1/items/" + itemId + "/speakers",
                body.getBytes(StandardCharsets.UTF_8),
                "X-Forwarded-For",
                network());
        assertEquals(201, r.statusCode(), r.body());
        assertEquals("UNCONFIRMED", Http.object(r).getString("status"), "no place before the address is confirmed");
        return Http.object(r).getString("confirmationNumber");
    }

    /** The token of the newest confirmation mail to this address. */
    public static String token(String email) {
        return token(TestInfrastructure.DB_NAME, email);
    }

    public static String token(String database, String email) {
        try (Connection c = TestInfrastructure.connect(database);
                PreparedStatement ps =
                        c.prepareStatement("select body from mail_outbox where recipient = ? order by id desc")) {
            ps.setString(1, email.toLowerCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Matcher m = CONFIRM.matcher(rs.getString(1));
                    if (m.find()) {
                        return m.group(1);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no confirmation mail to " + email);
    }

    /** Confirms with the mailed token: the sign-up's receipt as it stands then. */
    public static JsonObject confirm(Http h, String number, String token) {
        HttpResponse<String> r = h.post("api/v1/speakers/" + number + "/confirm", Fixtures.json("token", token));
        assertEquals(200, r.statusCode(), r.body());
        return Http.object(r);
    }

    /** Signs up and confirms, as a person reading the mail would: the receipt after confirming. */
    public static JsonObject confirmed(Http h, long itemId, String body, String email) {
        String number = signUp(h, itemId, body);
        JsonObject r = confirm(h, number, token(email));
        assertTrue(!"UNCONFIRMED".equals(r.getString("status")), r.toString());
        return r;
    }

    public static String body(String name, String email, String mode) {
        return Fixtures.json("name", name, "email", email, "mode", mode);
    }

    /** A sign-up's JSON: Rosa Martínez, against, by {@code mode} (IN_PERSON or REMOTE). */
    public static String body(String email, String mode) {
        return Fixtures.json("name", "Rosa Martínez", "email", email, "mode", mode, "position", "OPPOSE");
    }
}
