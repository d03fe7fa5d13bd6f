package io.cita.adapters.rest.security;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The proxies (addresses or CIDR ranges, IPv4 or IPv6) whose {@code X-Forwarded-For} is believed: the caller is the
 * right-most address in it that is not one of them. Without any, or from anyone else, the header is ignored, so a
 * stranger cannot pick the address its limits are counted under.
 */
final class TrustedProxies {
    private record Range(byte[] network, int prefix) {
    }

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private final List<Range> ranges = new ArrayList<>();

    /** From a comma-separated list: {@code 10.0.0.0/8, 127.0.0.1}; a malformed entry is refused at start. */
    TrustedProxies(String configured) {
        for (String entry : configured == null ? new String[0] : configured.split(",")) {
            String trimmed = entry.trim();
            if (!trimmed.isEmpty()) {
                int slash = trimmed.indexOf('/');
                byte[] network = literal(slash < 0 ? trimmed : trimmed.substring(0, slash))
                        .orElseThrow(() -> new IllegalArgumentException("cita.http.trusted-proxies: not an IP address: "
                                + trimmed));
                int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(trimmed.substring(slash + 1));
                ranges.add(new Range(network, prefix));
            }
        }
    }

    /** The caller behind {@code peer}: itself unless it is trusted and says whom it forwards for. */
    String caller(String peer, String forwardedFor) {
        if (peer == null || forwardedFor == null || !trusted(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (literal(hop).isEmpty()) {
                return peer; // a hop that is no address: believe nothing of the header
            }
            if (!trusted(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private boolean trusted(String address) {
        Optional<byte[]> bytes = literal(address);
        return bytes.isPresent() && ranges.stream().anyMatch(range -> contains(range, bytes.get()));
    }

    private static boolean contains(Range range, byte[] address) {
        if (range.network().length != address.length) {
            return false;
        }
        int bits = address.length * 8;
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(bits - range.prefix()).subtract(BigInteger.ONE));
        return new BigInteger(1, range.network()).and(mask).equals(new BigInteger(1, address).and(mask));
    }

    /** The bytes of an IP literal (never a DNS lookup), or empty. */
    private static Optional<byte[]> literal(String text) {
        boolean v4 = IPV4.matcher(text).matches();
        boolean v6 = text.indexOf(':') >= 0 && text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':'
                || c == '.');
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
