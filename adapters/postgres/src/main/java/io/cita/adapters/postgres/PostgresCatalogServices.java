package io.cita.adapters.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.catalog.ResourceRequirement;
import io.cita.domain.catalog.Service;
import io.cita.domain.plan.Limit;
import io.cita.domain.resource.ResourceType;
import io.cita.domain.shared.Money;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Services in seed 001's services table, their resource requirements in service_resources. */
@Singleton
@Requires(env = "postgres")
public class PostgresCatalogServices implements CatalogServices {
    /** A service with its requirements (as JSON, in position order), in one statement. */
    private static final String SELECT = "SELECT services.*, (SELECT json_agg(json_build_object('type', r.resource_type, "
            + "'eligible', r.eligible_resource_ids) ORDER BY r.position) FROM service_resources r "
            + "WHERE r.service_id = services.id)::text AS requirements FROM services ";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PostgresTransactions tx;

    public PostgresCatalogServices(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean create(Service service, Limit activeLimit, AuditRecord audit) {
        return tx.write(c -> {
            TenantLock.lock(c, service.tenantId());
            if (service.active() && !TenantLock.fits(c, activeLimit,
                    "SELECT count(*) FROM services WHERE tenant_id = ? AND is_active", service.tenantId())) {
                return false;
            }
            Sql.update(c, "INSERT INTO services (id, tenant_id, category_id, name, description, duration_minutes, "
                            + "buffer_before_minutes, buffer_after_minutes, slot_interval_minutes, base_price_minor, "
                            + "price_currency, max_capacity, min_notice_minutes, max_advance_booking_days, "
                            + "cancellation_policy_hours, requires_confirmation, is_active) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    service.id(), service.tenantId(), service.categoryId(), service.name(), service.description(),
                    service.durationMinutes(), service.bufferBeforeMinutes(), service.bufferAfterMinutes(),
                    service.slotIntervalMinutes(), service.price().amount(), service.price().currency(),
                    service.capacity(), service.minNoticeMinutes(), service.maxAdvanceDays(),
                    service.cancellationNoticeHours(), service.requiresConfirmation(), service.active());
            writeRequirements(c, service);
            PostgresAuditLog.insert(c, audit);
            return true;
        });
    }

    @Override
    public boolean update(Service service, Limit activeLimit, AuditRecord audit) {
        return tx.write(c -> {
            TenantLock.lock(c, service.tenantId());
            if (service.active() && TenantLock.activates(c, "services", service.tenantId(), service.id())
                    && !TenantLock.fits(c, activeLimit,
                    "SELECT count(*) FROM services WHERE tenant_id = ? AND is_active AND id <> ?",
                    service.tenantId(), service.id())) {
                return false;
            }
            Sql.update(c, "UPDATE services SET category_id = ?, name = ?, description = ?, duration_minutes = ?, "
                            + "buffer_before_minutes = ?, buffer_after_minutes = ?, slot_interval_minutes = ?, "
                            + "base_price_minor = ?, price_currency = ?, max_capacity = ?, min_notice_minutes = ?, "
                            + "max_advance_booking_days = ?, cancellation_policy_hours = ?, requires_confirmation = ?, "
                            + "is_active = ?, updated_at = now() WHERE tenant_id = ? AND id = ?",
                    service.categoryId(), service.name(), service.description(), service.durationMinutes(),
                    service.bufferBeforeMinutes(), service.bufferAfterMinutes(), service.slotIntervalMinutes(),
                    service.price().amount(), service.price().currency(), service.capacity(),
                    service.minNoticeMinutes(), service.maxAdvanceDays(), service.cancellationNoticeHours(),
                    service.requiresConfirmation(), service.active(), service.tenantId(), service.id());
            Sql.update(c, "DELETE FROM service_resources WHERE service_id = ?", service.id());
            writeRequirements(c, service);
            PostgresAuditLog.insert(c, audit);
            return true;
        });
    }

    @Override
    public Optional<Service> find(String tenantId, String serviceId) {
        return tx.read(c -> Sql.one(c, PostgresCatalogServices::map, SELECT + "WHERE tenant_id = ? AND id = ?",
                tenantId, serviceId));
    }

    @Override
    public Page<Service> list(String tenantId, PageRequest page) {
        return tx.read(c -> Pages.byId(c, PostgresCatalogServices::map, Service::id, SELECT + "WHERE tenant_id = ?", page,
                tenantId));
    }

    private static void writeRequirements(Connection c, Service service) {
        int position = 0;
        for (ResourceRequirement requirement : service.requirements()) {
            Sql.update(c, "INSERT INTO service_resources (service_id, position, resource_type, eligible_resource_ids) "
                    + "VALUES (?, ?, ?, ?)", service.id(), position++, Sql.lower(requirement.type()),
                    requirement.eligibleResourceIds());
        }
    }

    private static Service map(ResultSet rs) throws SQLException {
        return new Service(rs.getString("id"), rs.getString("tenant_id"), rs.getString("category_id"),
                rs.getString("name"), rs.getString("description"), rs.getInt("duration_minutes"),
                rs.getInt("buffer_before_minutes"), rs.getInt("buffer_after_minutes"), rs.getInt("slot_interval_minutes"),
                new Money(rs.getLong("base_price_minor"), rs.getString("price_currency")), rs.getInt("max_capacity"),
                rs.getInt("min_notice_minutes"), rs.getInt("max_advance_booking_days"),
                rs.getInt("cancellation_policy_hours"), rs.getBoolean("requires_confirmation"),
                rs.getBoolean("is_active"), requirements(rs.getString("requirements")));
    }

    /** The requirements column: a JSON array of {type, eligible} in position order, or null for none. */
    private static List<ResourceRequirement> requirements(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            List<ResourceRequirement> requirements = new ArrayList<>();
            for (JsonNode node : JSON.readTree(json)) {
                List<String> eligible = new ArrayList<>();
                node.path("eligible").forEach(id -> eligible.add(id.asText()));
                requirements.add(new ResourceRequirement(Sql.upper(ResourceType.class, node.path("type").asText()),
                        eligible));
            }
            return requirements;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("service requirements came back as invalid JSON", e);
        }
    }
}
