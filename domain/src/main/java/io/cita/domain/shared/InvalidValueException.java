package io.cita.domain.shared;

/** A domain value that fails its own rules; the message starts with the name of the offending field. */
public class InvalidValueException extends IllegalArgumentException {
    public InvalidValueException(String message) {
        super(message);
    }
}
