package io.cita.application.error;

/** A request clashes with existing data, such as a slug, e-mail or phone number already in use. */
public class ConflictException extends RuntimeException {
    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
