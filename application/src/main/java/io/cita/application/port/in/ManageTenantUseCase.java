package io.cita.application.port.in;

import io.cita.domain.tenant.Tenant;

/** Reading and changing a tenant's profile. */
public interface ManageTenantUseCase {
    Tenant get(String tenantId);

    Tenant update(String tenantId, TenantDetails details, Actor actor);
}
