package org.podium.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Who is behind an address, as far as limits are concerned: one mailbox however it is tagged
 * ({@code victim+1@city.example} is {@code victim@city.example}), one network however many addresses it has (an
 * IPv6 client owns its whole /64; {@code ::1} and {@code 127.0.0.1} are one machine).
 */
public final class Identities {

    private Identities() {}

    /** The mailbox an address delivers to: lower case, without a "+tag" in its local part. */
    public static String mailbox(String email) {
        if (email == null) {
            return null;
        }
        String e = email.strip().toLowerCase(Locale.ROOT);
        int at = e.lastIndexOf('@');
        if (at <= 0) {
            return e;
        }
        String local = e.substring(0, at);
        int plus = local.indexOf('+');
        return (plus > 0 ? local.substring(0, plus) : local) + e.substring(at);
    }

    /**
     * The network a client address belongs to, for counting: an IPv4 address itself; an IPv6 address's /64 (an IPv4
     * address mapped into IPv6 is the IPv4 address); loopback, of either family, is "loopback". Anything that is not
     * an address literal is returned as it is.
     */
    public static String network(String address) {
        if (address == null || address.isBlank()) {
            return address;
        }
        String a = address.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        if (!a.matches("[0-9A-Fa-f:.%a-zA-Z]+") || (a.indexOf(':') < 0 && !a.matches("[0-9.]+"))) {
            return address;
        }
        try {
            InetAddress ip = InetAddress.getByName(a.contains("%") ? a.substring(0, a.indexOf('%')) : a);
            if (ip.isLoopbackAddress()) {
                return "loopback";
            }
            byte[] b = ip.getAddress();
            if (b.length == 4) {
                return ip.getHostAddress();
            }
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                s.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff)))
                        .append(':');
            }
            return s.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
