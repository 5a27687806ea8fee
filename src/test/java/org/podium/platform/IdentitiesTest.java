package org.podium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class IdentitiesTest {

    @Test
    void aTaggedAddressIsItsMailbox() {
        assertEquals("victim@city.example", Identities.mailbox(" Victim+1@City.Example "));
        assertEquals("victim@city.example", Identities.mailbox("victim+a+b@city.example"));
        assertEquals("victim@city.example", Identities.mailbox("victim@city.example"));
        assertEquals("+x@city.example", Identities.mailbox("+x@city.example"), "a local part that is only a tag stays");
        assertEquals("no-at-sign", Identities.mailbox("no-at-sign"));
    }

    @Test
    void anIpv6ClientIsItsSlash64AndLoopbackIsOneMachine() {
        assertEquals(Identities.network("2001:db8:1:2:aaaa::1"), Identities.network("2001:db8:1:2:ffff:1:2:3"));
        assertEquals("2001:db8:1:2::/64", Identities.network("[2001:0db8:0001:0002::9]"));
        assertNotEquals(Identities.network("2001:db8:1:2::1"), Identities.network("2001:db8:1:3::1"));
        assertEquals("loopback", Identities.network("::1"));
        assertEquals("loopback", Identities.network("127.0.0.1"));
        assertEquals("203.0.113.9", Identities.network("203.0.113.9"));
        assertEquals("203.0.113.9", Identities.network("::ffff:203.0.113.9"), "IPv4 mapped into IPv6");
        assertEquals("unknown", Identities.network("unknown"), "not an address: as it is, never a DNS look-up");
    }
}
