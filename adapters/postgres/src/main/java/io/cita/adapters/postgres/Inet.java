package io.cita.adapters.postgres;

import java.util.regex.Pattern;

/** Keeps only values PostgreSQL's inet type accepts (IPv4 or IPv6 literals); anything else is stored as null. */
final class Inet {
    private static final Pattern ADDRESS = Pattern.compile("^[0-9a-fA-F:.]{2,45}$");

    private Inet() {
    }

    static String orNull(String ip) {
        return ip != null && ADDRESS.matcher(ip).matches() && (ip.contains(".") || ip.contains(":")) ? ip : null;
    }

    static String orUnspecified(String ip) {
        String address = orNull(ip);
        return address == null ? "0.0.0.0" : address;
    }
}
