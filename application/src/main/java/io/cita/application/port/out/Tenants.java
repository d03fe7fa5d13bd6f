package io.cita.application.port.out;

import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.application.port.query.UserAccount;
import io.cita.application.port.query.VersionedTenant;
import io.cita.domain.tenant.Tenant;
import java.util.Optional;

/** Outgoing persistence port for tenants. */
public interface Tenants {
    /**
     * Stores a new tenant with its owner, the owner's membership and its audit entry (null: none) in one atomic step;
     * a taken slug or e-mail conflicts and writes nothing.
     */
    void createWithOwner(Tenant tenant, UserAccount owner, AuditRecord audit);

    default Optional<Tenant> find(String tenantId) {
        return findVersioned(tenantId).map(VersionedTenant::tenant);
    }

    /** The tenant with its catalog version, read in one step. */
    Optional<VersionedTenant> findVersioned(String tenantId);

    Optional<Tenant> findBySlug(String slug);

    /** Changes the tenant's own fields with its audit entry in one atomic step; its catalog version stays as it is. */
    void update(Tenant tenant, AuditRecord audit);

    /** Every tenant, for the platform's super-admins. */
    Page<Tenant> list(PageRequest page);
}
