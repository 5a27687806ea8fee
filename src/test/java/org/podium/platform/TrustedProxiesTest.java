package org.podium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("127.0.0.1", TrustedProxies.NONE.clientAddress("127.0.0.1", "203.0.113.9"));
        assertEquals("127.0.0.1", TrustedProxies.parse(" ").clientAddress("127.0.0.1", "203.0.113.9"));
    }

    @Test
    void aTrustedProxyTellsTheClientsAddress() {
        TrustedProxies p = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8");
        assertEquals("203.0.113.9", p.clientAddress("127.0.0.1", "203.0.113.9"));
        assertEquals("203.0.113.9", p.clientAddress("10.1.2.3", "203.0.113.9, 10.9.9.9"), "trusted hops are skipped");
        assertEquals(
                "198.51.100.4",
                p.clientAddress("10.1.2.3", "203.0.113.9, 198.51.100.4"),
                "the right-most untrusted hop: what the client wrote itself on the left is not believed");
        assertEquals("192.0.2.1", p.clientAddress("192.0.2.1", "203.0.113.9"), "an untrusted peer's header is ignored");
        assertEquals("10.9.9.9", p.clientAddress("127.0.0.1", "10.9.9.9"), "all hops trusted: the left-most");
        assertEquals("127.0.0.1", p.clientAddress("127.0.0.1", "not-an-address"), "garbage stops the walk");
        assertEquals("203.0.113.9", p.clientAddress("127.0.0.1", "evil.example, 203.0.113.9"));
    }

    @Test
    void networksOfBothFamilies() {
        TrustedProxies p = TrustedProxies.parse("172.16.0.0/12,fd00::/8,::1");
        assertTrue(p.trusts("172.31.255.1"));
        assertFalse(p.trusts("172.32.0.1"));
        assertTrue(p.trusts("fd12:3456::1"));
        assertTrue(p.trusts("::1"));
        assertFalse(p.trusts("fe80::1"));
        assertFalse(p.trusts("localhost"), "names are never resolved");
        assertTrue(TrustedProxies.parse("0.0.0.0/0").trusts("8.8.8.8"));
        assertTrue(
                TrustedProxies.parse("127.0.0.1").trusts("::ffff:127.0.0.1"), "IPv4-mapped IPv6 is the IPv4 address");
    }

    @Test
    void aBadEntryIsNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/8, proxy.internal"));
        assertEquals("not an IP address or network: proxy.internal", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0/8"));
    }
}
