package io.cita.adapters.postgres;

import io.cita.application.port.out.Page;
import io.cita.application.port.out.PageRequest;
import io.cita.application.port.out.Resources;
import io.cita.domain.resource.Resource;
import io.cita.domain.resource.ResourceType;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Resources in seed 001's resources table; the services each offers in resource_services. */
@Singleton
@Requires(env = "postgres")
public class PostgresResources implements Resources {
    private static final String SELECT = "SELECT id, tenant_id, name, type, timezone, is_active FROM resources ";
    private final PostgresTransactions tx;

    public PostgresResources(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean create(Resource resource, int activeLimit) {
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
            return true;
        });
    }

    @Override
    public boolean update(Resource resource, int activeLimit) {
        return tx.write(c -> {
            TenantLock.lock(c, resource.tenantId());
            if (resource.active() && !TenantLock.fits(c, activeLimit,
                    "SELECT count(*) FROM resources WHERE tenant_id = ? AND is_active AND id <> ?",
                    resource.tenantId(), resource.id())) {
                return false;
            }
            Sql.update(c, "UPDATE resources SET name = ?, type = ?, timezone = ?, is_active = ?, updated_at = now() "
                            + "WHERE tenant_id = ? AND id = ?", resource.name(), Sql.lower(resource.type()),
                    resource.timezone().getId(), resource.active(), resource.tenantId(), resource.id());
            Sql.update(c, "DELETE FROM resource_services WHERE resource_id = ?", resource.id());
            writeOfferedServices(c, resource);
            return true;
        });
    }

    @Override
    public Optional<Resource> find(String tenantId, String resourceId) {
        return tx.read(c -> withServices(c, Sql.query(c, Row::new, SELECT + "WHERE tenant_id = ? AND id = ?",
                tenantId, resourceId)).stream().findFirst());
    }

    @Override
    public Page<Resource> list(String tenantId, PageRequest page) {
        return tx.read(c -> {
            Page<Row> rows = Pages.byId(c, Row::new, Row::id, SELECT + "WHERE tenant_id = ?", page, tenantId);
            return new Page<>(withServices(c, rows.items()), rows.nextCursor());
        });
    }

    @Override
    public List<Resource> active(String tenantId) {
        return tx.read(c -> withServices(c, Sql.query(c, Row::new,
                SELECT + "WHERE tenant_id = ? AND is_active ORDER BY id", tenantId)));
    }

    private static void writeOfferedServices(Connection c, Resource resource) {
        for (String serviceId : resource.serviceIds()) {
            Sql.update(c, "INSERT INTO resource_services (resource_id, service_id) VALUES (?, ?)", resource.id(), serviceId);
        }
    }

    private static List<Resource> withServices(Connection c, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> offered = new HashMap<>();
        for (String[] pair : Sql.query(c, rs -> new String[] {rs.getString(1), rs.getString(2)},
                "SELECT resource_id, service_id FROM resource_services WHERE resource_id = ANY(?)",
                rows.stream().map(Row::id).toList())) {
            offered.computeIfAbsent(pair[0], k -> new HashSet<>()).add(pair[1]);
        }
        return rows.stream().map(row -> new Resource(row.id(), row.tenantId(), row.name(), row.type(), row.zone(),
                offered.getOrDefault(row.id(), Set.of()), row.active())).toList();
    }

    /** A resources row before its offered services are attached. */
    private record Row(String id, String tenantId, String name, ResourceType type, ZoneId zone, boolean active) {
        Row(ResultSet rs) throws SQLException {
            this(rs.getString("id"), rs.getString("tenant_id"), rs.getString("name"),
                    Sql.upper(ResourceType.class, rs.getString("type")), ZoneId.of(rs.getString("timezone")),
                    rs.getBoolean("is_active"));
        }
    }
}
