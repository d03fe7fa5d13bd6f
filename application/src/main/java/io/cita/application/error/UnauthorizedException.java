package io.cita.application.error;

/** A refresh token or session that is unknown, expired, revoked or reused. */
public class UnauthorizedException extends RuntimeException {
    public UnauthorizedException(String message) {
        super(message);
    }
}
