package io.cita.adapters.rest.security;

import io.micronaut.http.HttpRequest;

/** The caller's IP address as the server sees it (no proxy headers are trusted unless a proxy is configured). */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String of(HttpRequest<?> request) {
        return request.getRemoteAddress().getAddress() == null ? null
                : request.getRemoteAddress().getAddress().getHostAddress();
    }
}
