package io.cita.application.port.out;

import io.cita.application.port.query.Membership;
import io.cita.application.port.query.UserAccount;
import java.util.List;
import java.util.Optional;

/** Outgoing persistence port for user accounts and their memberships. */
public interface Users {
    Optional<UserAccount> findByEmail(String email);

    List<Membership> memberships(String userId);

    Optional<Membership> membership(String tenantId, String userId);

    Optional<UserAccount> find(String userId);

    boolean isSuperAdmin(String userId);

    /** Stores a platform super-admin (or marks an existing account of that e-mail as one). */
    void saveSuperAdmin(UserAccount admin);
}
