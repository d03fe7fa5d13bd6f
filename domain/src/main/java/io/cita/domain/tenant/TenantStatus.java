package io.cita.domain.tenant;

/** The subscription status of a tenant; only TRIAL and ACTIVE tenants take bookings from the public. */
public enum TenantStatus {
    TRIAL, ACTIVE, PAST_DUE, SUSPENDED, CANCELLED;

    public boolean operating() {
        return this == TRIAL || this == ACTIVE || this == PAST_DUE;
    }
}
