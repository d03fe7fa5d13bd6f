package io.cita.application.port.in;

import io.cita.domain.resource.ResourceType;
import java.time.ZoneId;
import java.util.Set;

/** The fields of a resource a tenant sets; a null zone means the tenant's zone. */
public record ResourceDetails(String name, ResourceType type, ZoneId timezone, Set<String> serviceIds, boolean active) {
}
