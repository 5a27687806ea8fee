package org.podium.account.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238, appendix B: the SHA-1 key and its eight-digit codes at the given times. */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theRfc6238TestVectorsOfSha1() {
        assertEquals("94287082", Totp.code(RFC_KEY, Totp.step(59), 8));
        assertEquals("07081804", Totp.code(RFC_KEY, Totp.step(1111111109), 8));
        assertEquals("14050471", Totp.code(RFC_KEY, Totp.step(1111111111), 8));
        assertEquals("89005924", Totp.code(RFC_KEY, Totp.step(1234567890), 8));
        assertEquals("69279037", Totp.code(RFC_KEY, Totp.step(2000000000), 8));
        assertEquals("65353130", Totp.code(RFC_KEY, Totp.step(20000000000L), 8));
        // six digits, as apps show: the last six of the same number
        assertEquals("287082", Totp.code(RFC_KEY, Totp.step(59), 6));
    }

    @Test
    void base32BothWaysAsAuthenticatorAppsReadIt() {
        // RFC 4648's examples
        assertEquals("MZXW6YTBOI", Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals("foobar".getBytes(StandardCharsets.US_ASCII), Totp.decodeBase32("mzxw 6ytb oi======"));
        String secret = Totp.newSecret();
        assertEquals(32, secret.length(), "160 bits are 32 base32 characters");
        assertEquals(20, Totp.decodeBase32(secret).length);
        assertEquals(secret, Totp.grouped(secret).replace(" ", ""));
    }

    @Test
    void aCodeMatchesItsStepAndTheOnesBesideItOnly() {
        String secret = Totp.base32(RFC_KEY);
        long t = 1_234_567_890L;
        long step = Totp.step(t);
        String now = Totp.code(secret, step);
        assertEquals(step, Totp.matchingStep(secret, now, t).getAsLong());
        assertEquals(
                step - 1,
                Totp.matchingStep(secret, Totp.code(secret, step - 1), t).getAsLong());
        assertEquals(
                step + 1,
                Totp.matchingStep(secret, Totp.code(secret, step + 1), t).getAsLong());
        assertTrue(Totp.matchingStep(secret, Totp.code(secret, step - 2), t).isEmpty(), "a minute old: refused");
        assertTrue(Totp.matchingStep(secret, Totp.code(secret, step + 2), t).isEmpty());
        // as people type it
        assertEquals(
                step,
                Totp.matchingStep(secret, " " + now.substring(0, 3) + " " + now.substring(3) + " ", t)
                        .getAsLong());
        assertTrue(Totp.matchingStep(secret, now.substring(1), t).isEmpty(), "five digits");
        assertTrue(Totp.matchingStep(secret, "12345a", t).isEmpty());
        assertTrue(Totp.matchingStep(secret, null, t).isEmpty());
        assertTrue(Totp.matchingStep(null, now, t).isEmpty());
    }

    @Test
    void theAddressAnAppReads() {
        String uri = Totp.uri("Podium (City Council)", "clerk+a@example.org", "JBSWY3DPEHPK3PXP");
        assertEquals(
                "otpauth://totp/Podium%20%28City%20Council%29:clerk%2Ba%40example.org?secret=JBSWY3DPEHPK3PXP"
                        + "&issuer=Podium%20%28City%20Council%29&algorithm=SHA1&digits=6&period=30",
                uri);
    }

    @Test
    void recoveryCodesAreTenDistinctAndReadBackAsTyped() {
        var codes = RecoveryCodes.generate();
        assertEquals(RecoveryCodes.COUNT, codes.size());
        assertEquals(RecoveryCodes.COUNT, codes.stream().distinct().count());
        for (String c : codes) {
            assertTrue(c.matches("[a-z2-9]{5}-[a-z2-9]{5}"), c);
            assertEquals(c.replace("-", ""), RecoveryCodes.normalize(" " + c.toUpperCase(Locale.ROOT) + " "));
        }
        assertEquals(null, RecoveryCodes.normalize("123456"), "an app's code is not a recovery code");
        assertEquals(null, RecoveryCodes.normalize("abcde-fghi1"), "1 is not in the alphabet");
        assertEquals(null, RecoveryCodes.normalize(null));
    }
}
