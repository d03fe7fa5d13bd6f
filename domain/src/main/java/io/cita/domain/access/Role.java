package io.cita.domain.access;

/** A member's role in a tenant, from seed 001's tenant_users. */
public enum Role { OWNER, ADMIN, MANAGER, STAFF, MEMBER }
