package io.cita.application.port.out;

import io.cita.application.port.query.Membership;
import io.cita.application.port.query.VersionedTenant;
import java.util.Optional;

/**
 * A session, its user's membership of one tenant and that tenant with its catalog version, read together in one step:
 * what a tenant request's authorization needs, and the tenant its use case would read next.
 */
public record SessionAccess(Optional<Session> session, Optional<Membership> membership,
                            Optional<VersionedTenant> tenant) {
}
