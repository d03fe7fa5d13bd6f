package io.cita.application.error;

/** A login with an unknown e-mail or a wrong password; the two are deliberately indistinguishable. */
public class InvalidCredentialsException extends RuntimeException {
    public InvalidCredentialsException() {
        super("Invalid e-mail or password");
    }
}
