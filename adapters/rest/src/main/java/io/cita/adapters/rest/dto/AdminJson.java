package io.cita.adapters.rest.dto;

import io.cita.domain.plan.PlanCode;
import io.cita.domain.tenant.TenantStatus;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** PATCH /v1/admin/tenants/{id}: a tenant's plan and status, which only super-admins change. */
@Introspected
public record AdminJson(@Nullable String plan, @Nullable String status) {
    public PlanCode planValue() {
        return Fields.enumValue("plan", PlanCode.class, plan);
    }

    public TenantStatus statusValue() {
        return Fields.enumValue("status", TenantStatus.class, status);
    }
}
