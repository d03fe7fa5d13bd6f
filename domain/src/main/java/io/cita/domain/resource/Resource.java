package io.cita.domain.resource;

import io.cita.domain.shared.InvalidValueException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/** Someone or something a service occupies: a staff member, a room, a piece of equipment. */
public record Resource(String id, String tenantId, String name, ResourceType type, ZoneId timezone,
                       Set<String> serviceIds, boolean active) {
    public Resource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timezone, "timezone");
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidValueException("name must be 1-100 characters");
        }
        serviceIds = serviceIds == null ? Set.of() : Set.copyOf(serviceIds);
    }

    public boolean offers(String serviceId) {
        return serviceIds.contains(serviceId);
    }

    public Resource deactivated() {
        return new Resource(id, tenantId, name, type, timezone, serviceIds, false);
    }
}
