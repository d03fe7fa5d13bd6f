package io.cita.application.port.query;

import io.cita.domain.access.Role;

/** A user's role in one tenant, and for staff the resource (their own calendar) they are linked to. */
public record Membership(String tenantId, String userId, Role role, String resourceId) {
}
