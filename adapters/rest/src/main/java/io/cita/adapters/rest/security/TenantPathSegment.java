package io.cita.adapters.rest.security;

import io.micronaut.http.HttpRequest;

/** The segment of a path that names the tenant: its id in /v1/tenants/{id}/..., its slug in /v1/public/{slug}/.... */
final class TenantPathSegment {
    private TenantPathSegment() {
    }

    /** The third segment after the root ("" when the path is shorter). */
    static String of(HttpRequest<?> request) {
        String[] path = request.getPath().split("/");
        return path.length > 3 ? path[3] : "";
    }
}
