package io.cita.adapters.postgres;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.Resources;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.plan.Limit;
import io.cita.domain.resource.Resource;
import io.cita.domain.resource.ResourceType;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Resources in seed 001's resources table; the services each offers in resource_services. */
@Singleton
@Requires(env = "postgres")
public class PostgresResources implements Resources {
    /** A resource with the services it offers, in one statement. */
    private static final String SELECT = "SELECT id, tenant_id, name, type, timezone, is_active, ARRAY(SELECT service_id "
            + "FROM resource_services s WHERE s.resource_id = resources.id) AS service_ids FROM resources ";
    private final PostgresTransactions tx;

    public PostgresResources(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean create(Resource resource, Limit activeLimit, AuditRecord audit) {
        return tx.write(c -> {
            TenantLock.lock(c, resource.tenantId());
            if (resource.active() && !TenantLock.fits(c, activeLimit,
                    "SELECT count(*) FROM resources WHERE tenant_id = ? AND is_active", resource.tenantId())) {
                return false;
            }
            Sql.update(c, "INSERT INTO resources (id, tenant_id, name, type, timezone, is_active) VALUES (?, ?, ?, ?, ?, ?)",
                    resource.id(), resource.tenantId(), resource.name(), Sql.lower(resource.type()),
                    resource.timezone().getId(), resource.active());
            writeOfferedServices(c, resource);
            PostgresAuditLog.insert(c, audit);
            return true;
        });
    }

    @Override
    public boolean update(Resource resource, Limit activeLimit, AuditRecord audit) {
        return tx.write(c -> {
            TenantLock.lock(c, resource.tenantId());
            if (resource.active() && TenantLock.activates(c, "resources", resource.tenantId(), resource.id())
                    && !TenantLock.fits(c, activeLimit,
                    "SELECT count(*) FROM resources WHERE tenant_id = ? AND is_active AND id <> ?",
                    resource.tenantId(), resource.id())) {
                return false;
            }
            Sql.update(c, "UPDATE resources SET name = ?, type = ?, timezone = ?, is_active = ?, updated_at = now() "
                            + "WHERE tenant_id = ? AND id = ?", resource.name(), Sql.lower(resource.type()),
                    resource.timezone().getId(), resource.active(), resource.tenantId(), resource.id());
            Sql.update(c, "DELETE FROM resource_services WHERE resource_id = ?", resource.id());
            writeOfferedServices(c, resource);
            PostgresAuditLog.insert(c, audit);
            return true;
        });
    }

    @Override
    public Optional<Resource> find(String tenantId, String resourceId) {
        return tx.read(c -> Sql.one(c, PostgresResources::map, SELECT + "WHERE tenant_id = ? AND id = ?", tenantId,
                resourceId));
    }

    @Override
    public Page<Resource> list(String tenantId, PageRequest page) {
        return tx.read(c -> {
            return Pages.byId(c, PostgresResources::map, Resource::id, SELECT + "WHERE tenant_id = ?", page, tenantId);
        });
    }

    @Override
    public List<Resource> active(String tenantId) {
        return tx.read(c -> Sql.query(c, PostgresResources::map, SELECT + "WHERE tenant_id = ? AND is_active ORDER BY id",
                tenantId));
    }

    private static void writeOfferedServices(Connection c, Resource resource) {
        for (String serviceId : resource.serviceIds()) {
            Sql.update(c, "INSERT INTO resource_services (resource_id, service_id) VALUES (?, ?)", resource.id(), serviceId);
        }
    }

    private static Resource map(ResultSet rs) throws SQLException {
        return new Resource(rs.getString("id"), rs.getString("tenant_id"), rs.getString("name"),
                Sql.upper(ResourceType.class, rs.getString("type")), ZoneId.of(rs.getString("timezone")),
                Set.copyOf(Sql.strings(rs, "service_ids")), rs.getBoolean("is_active"));
    }
}
