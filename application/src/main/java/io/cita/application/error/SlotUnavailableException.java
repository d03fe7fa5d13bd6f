package io.cita.application.error;

/** The slot asked for is taken by another booking or hold (or has no seats left). */
public class SlotUnavailableException extends RuntimeException {
    public SlotUnavailableException() {
        super("The requested time is no longer available");
    }
}
