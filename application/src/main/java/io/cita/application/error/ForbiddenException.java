package io.cita.application.error;

/** The actor is known but its role does not allow this action. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
