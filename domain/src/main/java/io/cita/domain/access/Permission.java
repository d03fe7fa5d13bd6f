package io.cita.domain.access;

/** What a caller may do in a tenant; every tenant route requires exactly one. */
public enum Permission {
    /** Read the tenant, its catalog, schedules, availability, clients and bookings. */
    READ,
    /** Create, confirm, cancel, reschedule and complete bookings and holds; keep clients. */
    BOOK,
    /** Keep services, categories, resources, schedules and exceptions. */
    MANAGE_CATALOG,
    /** Change the tenant's profile. */
    MANAGE_TENANT,
    /** Add, change and remove members. */
    MANAGE_MEMBERS,
    /** Create, list and revoke API keys; keep webhook endpoints and read and replay their deliveries. */
    MANAGE_API_KEYS,
    /** Read the audit log. */
    READ_AUDIT_LOG,
    /** Cancel a booking later than its service's cancellation notice. */
    OVERRIDE_CANCELLATION,
    /** Pay for a plan and manage the paid subscription: the owner's alone. */
    MANAGE_BILLING
}
