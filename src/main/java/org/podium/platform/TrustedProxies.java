package org.podium.platform;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The reverse proxies (nginx in front of the instances) whose {@code X-Forwarded-For} header Podium believes. Behind a
 * proxy every request comes from the proxy's address; the per-address limits (comments per hour, failed logins, the
 * burst flag, reports) must count the resident's address instead, which only a trusted proxy can tell. The header is
 * read from the right: each trusted hop is skipped and the first address not in the list is the client's, so a
 * client cannot choose its own address by sending the header itself. With no proxies configured (the default) the
 * header is ignored.
 */
public final class TrustedProxies {

    private record Network(byte[] address, int prefix) {

        boolean contains(byte[] other) {
            if (other.length != address.length) {
                return false;
            }
            int bits = address.length * 8;
            BigInteger mask = BigInteger.ONE
                    .shiftLeft(bits)
                    .subtract(BigInteger.ONE)
                    .shiftRight(prefix)
                    .not()
                    .and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, other).and(mask));
        }
    }

    private final List<Network> networks;

    private TrustedProxies(List<Network> networks) {
        this.networks = networks;
    }

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    /**
     * Parses a comma-separated list of addresses and networks ({@code 10.0.0.0/8}, {@code 127.0.0.1},
     * {@code fd00::/8}); only literal addresses, never host names (no look-up happens).
     *
     * @throws IllegalArgumentException naming the entry that is not an address or network
     */
    public static TrustedProxies parse(String list) {
        if (list == null || list.isBlank()) {
            return NONE;
        }
        List<Network> networks = new ArrayList<>();
        for (String raw : list.split(",")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int slash = entry.indexOf('/');
            byte[] address = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("not an IP address or network: " + entry);
            }
            int prefix = address.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > address.length * 8) {
                    throw new IllegalArgumentException("not an IP address or network: " + entry);
                }
            }
            networks.add(new Network(address, prefix));
        }
        return new TrustedProxies(List.copyOf(networks));
    }

    public boolean isEmpty() {
        return networks.isEmpty();
    }

    public boolean trusts(String address) {
        byte[] bytes = literal(address);
        return bytes != null && networks.stream().anyMatch(n -> n.contains(bytes));
    }

    /**
     * The client's address: the peer's own unless the peer is a trusted proxy, then the right-most address of
     * {@code X-Forwarded-For} that is not a trusted proxy (or the left-most one, if all of them are).
     */
    public String clientAddress(String peer, String forwardedFor) {
        if (networks.isEmpty() || forwardedFor == null || forwardedFor.isBlank() || !trusts(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (literal(hop) == null) {
                return client; // garbage in the header: stop at the last hop we could read
            }
            client = hop;
            if (!trusts(hop)) {
                return hop;
            }
        }
        return client;
    }

    /** The bytes of a literal IPv4 or IPv6 address, or null for anything else (no name is ever resolved). */
    static byte[] literal(String s) {
        if (s == null || s.isEmpty() || s.length() > 45) {
            return null;
        }
        boolean v6 = s.indexOf(':') >= 0;
        if (!v6 && !s.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return null;
        }
        if (v6 && !s.matches("[0-9A-Fa-f:.]+")) {
            return null;
        }
        try {
            byte[] bytes = InetAddress.getByName(s).getAddress();
            if (bytes.length == 16 && isMappedV4(bytes)) {
                return Arrays.copyOfRange(bytes, 12, 16);
            }
            return bytes;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static boolean isMappedV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
