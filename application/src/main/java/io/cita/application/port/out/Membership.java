package io.cita.application.port.out;

/** A user's role in one tenant. */
public record Membership(String tenantId, String userId, Role role) {
    /** The roles a member can have, from seed 001's tenant_users. */
    public enum Role { OWNER, ADMIN, MANAGER, STAFF, MEMBER }
}
