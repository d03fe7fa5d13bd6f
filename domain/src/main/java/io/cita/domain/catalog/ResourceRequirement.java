package io.cita.domain.catalog;

import io.cita.domain.resource.ResourceType;
import java.util.List;
import java.util.Objects;

/**
 * One resource a service needs while it runs. With no eligible ids listed, every active resource of the type
 * that offers the service is eligible.
 */
public record ResourceRequirement(ResourceType type, List<String> eligibleResourceIds) {
    public ResourceRequirement {
        Objects.requireNonNull(type, "type");
        eligibleResourceIds = eligibleResourceIds == null ? List.of() : List.copyOf(eligibleResourceIds);
    }
}
