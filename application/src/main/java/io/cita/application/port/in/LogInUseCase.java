package io.cita.application.port.in;

import io.cita.application.port.out.Membership;
import java.util.List;
import java.util.Optional;

/** Logging in with e-mail and password, and checking a logged-in user's membership of a tenant. */
public interface LogInUseCase {
    LoginResult logIn(String email, String password);

    Optional<Membership> membership(String tenantId, String userId);

    /** The user who logged in and the tenants they belong to. */
    record LoginResult(String userId, List<Membership> memberships) {
    }
}
