package io.cita.application.service;

import io.cita.application.error.InvalidCredentialsException;
import io.cita.application.port.in.LogInUseCase;
import io.cita.application.port.out.Membership;
import io.cita.application.port.out.PasswordHasher;
import io.cita.application.port.out.UserAccount;
import io.cita.application.port.out.Users;
import java.util.Locale;
import java.util.Optional;

/** Checks e-mail and password; an unknown e-mail costs the same hash check as a wrong password. */
public class LogInService implements LogInUseCase {
    private final Users users;
    private final PasswordHasher passwords;
    private final String decoyHash;

    public LogInService(Users users, PasswordHasher passwords) {
        this.users = users;
        this.passwords = passwords;
        this.decoyHash = passwords.hash("decoy-password-never-used");
    }

    @Override
    public LoginResult logIn(String email, String password) {
        if (email == null || password == null) {
            throw new InvalidCredentialsException();
        }
        Optional<UserAccount> user = users.findByEmail(email.toLowerCase(Locale.ROOT));
        boolean matches = passwords.matches(password, user.map(UserAccount::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !matches) {
            throw new InvalidCredentialsException();
        }
        return new LoginResult(user.get().id(), users.memberships(user.get().id()));
    }

    @Override
    public Optional<Membership> membership(String tenantId, String userId) {
        return users.membership(tenantId, userId);
    }
}
