package io.cita.adapters.rest.dto;

import io.micronaut.core.annotation.Introspected;
import java.util.List;

/** The JSON shapes of signing up and logging in. */
public final class AuthJson {
    private AuthJson() {
    }

    /** POST /v1/auth/login. */
    @Introspected
    public record LoginRequest(String email, String password) {
    }

    /** A tenant the user belongs to and their role there. */
    public record MembershipJson(String tenantId, String role) {
    }

    /** The answer to a login. */
    public record LoginResponse(String accessToken, String tokenType, long expiresIn, List<MembershipJson> memberships) {
    }

    /** The answer to a signup. */
    public record SignupResponse(TenantJson.Response tenant, String accessToken, String tokenType, long expiresIn) {
    }
}
