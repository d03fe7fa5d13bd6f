package io.cita.application.port.out;

/** What a message provider answered: accepted with its message id, or refused or unreachable, and why. */
public record SendOutcome(boolean accepted, String messageId, String error) {
    public static SendOutcome accepted(String messageId) {
        return new SendOutcome(true, messageId, null);
    }

    public static SendOutcome refused(String error) {
        return new SendOutcome(false, null, error);
    }
}
