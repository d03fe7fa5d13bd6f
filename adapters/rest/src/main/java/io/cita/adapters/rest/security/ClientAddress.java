package io.cita.adapters.rest.security;

import io.micronaut.http.HttpRequest;

/** The caller's IP address: as {@link ClientAddressFilter} settled it, else as the server sees the peer. */
public final class ClientAddress {
    static final String ATTRIBUTE = "cita.client-address";

    private ClientAddress() {
    }

    public static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElseGet(() -> peer(request));
    }

    /** The address of the connection's other end (a proxy, when there is one). */
    static String peer(HttpRequest<?> request) {
        return request.getRemoteAddress().getAddress() == null ? null
                : request.getRemoteAddress().getAddress().getHostAddress();
    }
}
