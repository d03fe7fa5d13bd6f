package io.cita.application.port.out;

import java.util.Optional;

/** A session and its user's membership of one tenant, read together: what a tenant request's authorization needs. */
public record SessionAccess(Optional<Session> session, Optional<Membership> membership) {
}
