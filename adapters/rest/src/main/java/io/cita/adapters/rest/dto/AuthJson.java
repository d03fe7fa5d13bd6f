package io.cita.adapters.rest.dto;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** The JSON shapes of signing up and logging in. */
public final class AuthJson {
    private AuthJson() {
    }

    /** POST /v1/auth/login. */
    @Introspected
    public record LoginRequest(@Nullable String email, @Nullable String password) {
    }

    /** A tenant the user belongs to and their role there. */
    public record MembershipJson(String tenantId, String role) {
    }

    /** POST /v1/auth/refresh. */
    @Introspected
    public record RefreshRequest(@Nullable String refreshToken) {
    }

    /** The answer to a login or refresh: a short-lived access token and a refresh token (shown once). */
    public record LoginResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
                                List<MembershipJson> memberships) {
    }

    /** The answer to a signup. */
    public record SignupResponse(TenantJson.Response tenant, String accessToken, String tokenType, long expiresIn,
                                 String refreshToken) {
    }

    /** A sign-up waiting for its confirmation: the same answer for every address. */
    public record SignupPending(String status, String email) {
    }

    /** POST /v1/signup/confirm: the token of the e-mailed link. */
    @Introspected
    public record ConfirmRequest(@Nullable String token) {
    }
}
