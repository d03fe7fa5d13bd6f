package io.cita.application.port.out;

import java.util.List;
import java.util.Optional;

/** Outgoing persistence port for user accounts and their memberships. */
public interface Users {
    Optional<UserAccount> findByEmail(String email);

    List<Membership> memberships(String userId);

    Optional<Membership> membership(String tenantId, String userId);
}
