package io.cita.application.port.out;

/** Hashes and verifies passwords with a slow, salted algorithm. */
public interface PasswordHasher {
    String hash(String password);

    boolean matches(String password, String hash);
}
