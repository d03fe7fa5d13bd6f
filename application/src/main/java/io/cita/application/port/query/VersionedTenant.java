package io.cita.application.port.query;

import io.cita.domain.tenant.Tenant;

/**
 * A tenant with its catalog version: a number the store raises in the same atomic step as every write to the
 * tenant's services, resources, weekly rules and exceptions, and never lowers; equal versions mean an equal catalog.
 */
public record VersionedTenant(Tenant tenant, long catalogVersion) {
}
