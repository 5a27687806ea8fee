package org.podium.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    @Test
    void aPageIsSplitAtEveryOccurrenceOfItsNonce() {
        List<byte[]> parts = PageCache.split("<script nonce=\"N1\">a</script><input value=\"N1\"/>é", "N1");
        assertEquals(3, parts.size());
        assertArrayEquals("<script nonce=\"".getBytes(StandardCharsets.UTF_8), parts.get(0));
        assertArrayEquals("\">a</script><input value=\"".getBytes(StandardCharsets.UTF_8), parts.get(1));
        assertArrayEquals("\"/>é".getBytes(StandardCharsets.UTF_8), parts.get(2));
        assertEquals(1, PageCache.split("no nonce here", "N1").size());
        assertEquals(1, PageCache.split("no policy", null).size());
    }

    @Test
    void eachNonceIsNewAndShapedAsPrimeFacesMakesThem() {
        String a = PageCache.newNonce();
        String b = PageCache.newNonce();
        assertNotEquals(a, b);
        String decoded = new String(Base64.getDecoder().decode(a), StandardCharsets.US_ASCII);
        assertEquals(decoded, UUID.fromString(decoded).toString());
    }

    @Test
    void ifNoneMatchMatchesTheTagAmongOthersWeakOrNot() {
        assertTrue(PageCache.matches("\"abc\"", "\"abc\""));
        assertTrue(PageCache.matches("\"x\", W/\"abc\"", "\"abc\""));
        assertTrue(PageCache.matches("*", "\"abc\""));
        assertFalse(PageCache.matches("\"abd\"", "\"abc\""));
        assertFalse(PageCache.matches(null, "\"abc\""));
    }
}
