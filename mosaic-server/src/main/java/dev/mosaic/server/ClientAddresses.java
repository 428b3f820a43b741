package dev.mosaic.server;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who a request comes from, for the per-address limits (issue 16, W4). Behind a reverse proxy every request's TCP
 * peer is the proxy, so all users would share one bucket; {@code X-Forwarded-For} and {@code Forwarded} name the
 * client, but anyone can send them. They are believed only when the TCP peer is one of the configured proxies
 * ({@code MOSAIC_TRUSTED_PROXIES}, addresses or CIDR ranges), and then the client is the nearest address in the chain
 * that is not itself a trusted proxy. Immutable and thread-safe.
 */
final class ClientAddresses {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final io.helidon.http.HeaderName FORWARDED = HeaderNames.create("Forwarded");

    private final List<Range> proxies;

    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = prefix;
            for (int i = 0; i < address.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xff : 0xff << (8 - bits) & 0xff;
                if ((address[i] & mask) != (network[i] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private ClientAddresses(List<Range> proxies) {
        this.proxies = List.copyOf(proxies);
    }

    /** @return addresses that believe no forwarding header: the TCP peer is the client */
    static ClientAddresses direct() {
        return new ClientAddresses(List.of());
    }

    /**
     * @param list comma-separated addresses or CIDR ranges, e.g. {@code 10.0.0.0/8, 192.168.1.7, fd00::/8}
     * @throws IllegalArgumentException naming the entry that is not one
     */
    static ClientAddresses trusting(String list) {
        List<Range> ranges = new ArrayList<>();
        for (String raw : list.split(",")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int slash = entry.indexOf('/');
            byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (network == null) {
                throw new IllegalArgumentException("'" + entry + "' is not an IP address or CIDR range");
            }
            int prefix = network.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("'" + entry + "' has a prefix length out of range");
                }
            }
            ranges.add(new Range(network, prefix));
        }
        return new ClientAddresses(ranges);
    }

    /** @return whether this address (as the server saw it) is a configured proxy */
    boolean trusted(String host) {
        byte[] address = literal(host);
        return address != null && proxies.stream().anyMatch(range -> range.contains(address));
    }

    /**
     * @return the client's address as a limit's key: the TCP peer, or behind trusted proxies the nearest untrusted
     *     forwarded one; an IPv6 address stands for its /64 (one host is usually given a whole /64)
     */
    String of(ServerRequest request) {
        return key(client(request));
    }

    private String client(ServerRequest request) {
        String peer = request.remotePeer().host();
        if (proxies.isEmpty() || !trusted(peer)) {
            return peer;
        }
        List<String> chain = forwarded(request);
        for (int i = chain.size() - 1; i >= 0; i--) {
            String hop = chain.get(i);
            if (literal(hop) == null) {
                return peer; // a chain we cannot read: the proxy is the best we know
            }
            if (!trusted(hop)) {
                return hop;
            }
        }
        return chain.isEmpty() ? peer : chain.get(0);
    }

    /**
     * @return the key the per-address limits use for an address as the server saw it: IPv4 as it is, IPv6 as its /64
     *     network ({@code 2001:db8:1:2::/64}), so that one host cannot take a fresh key per request from its prefix
     */
    static String key(String host) {
        byte[] address = literal(host);
        if (address == null || address.length != 16) {
            return host;
        }
        StringBuilder network = new StringBuilder(24);
        for (int i = 0; i < 8; i += 2) {
            network.append(Integer.toHexString((address[i] & 0xff) << 8 | address[i + 1] & 0xff)).append(':');
        }
        return network.append(":/64").toString();
    }

    /**
     * The forwarding chain, client first, from every {@code X-Forwarded-For} line in order, or from
     * {@code Forwarded}'s {@code for=} when there is no {@code X-Forwarded-For}. X-Forwarded-For comes first because
     * the common proxies (nginx, HAProxy, cloud load balancers, Render) append to it and pass a client's own
     * {@code Forwarded} through untouched: believing that one would let a client choose its address.
     */
    private static List<String> forwarded(ServerRequest request) {
        List<String> chain = new ArrayList<>();
        for (String line : request.headers().all(HeaderNames.X_FORWARDED_FOR, List::of)) {
            for (String hop : line.split(",")) {
                chain.add(hop.strip());
            }
        }
        if (!chain.isEmpty()) {
            return chain;
        }
        for (String line : request.headers().all(FORWARDED, List::of)) {
            for (String element : line.split(",")) {
                for (String pair : element.split(";")) {
                    String[] kv = pair.strip().split("=", 2);
                    if (kv.length == 2 && kv[0].strip().toLowerCase(Locale.ROOT).equals("for")) {
                        chain.add(node(kv[1].strip()));
                    }
                }
            }
        }
        return chain;
    }

    /** A {@code Forwarded} node without quotes, brackets or port: {@code "[2001:db8::1]:4711"} is 2001:db8::1. */
    private static String node(String value) {
        String node = value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2
                ? value.substring(1, value.length() - 1) : value;
        if (node.startsWith("[")) {
            int end = node.indexOf(']');
            return end > 0 ? node.substring(1, end) : node;
        }
        int colon = node.indexOf(':');
        return colon > 0 && node.indexOf(':', colon + 1) < 0 ? node.substring(0, colon) : node;
    }

    /** The bytes of an IP literal, or null: never a name lookup. */
    private static byte[] literal(String text) {
        String host = text.strip();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty() || host.length() > 45) {
            return null;
        }
        if (IPV4.matcher(host).matches()) {
            String[] parts = host.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(parts[i]);
                if (part > 255) {
                    return null;
                }
                bytes[i] = (byte) part;
            }
            return bytes;
        }
        if (!IPV6.matcher(host).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(host).getAddress(); // with a colon: an IPv6 literal, parsed, never looked up
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }
}
