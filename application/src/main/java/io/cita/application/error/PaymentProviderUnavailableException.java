package io.cita.application.error;

/** The payment provider could not be reached or refused the call; the owner may retry shortly. */
public class PaymentProviderUnavailableException extends RuntimeException {
    public PaymentProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
