package io.cita.adapters.rest.dto;

import io.cita.application.port.in.ServiceDetails;
import io.cita.domain.catalog.ResourceRequirement;
import io.cita.domain.catalog.Service;
import io.cita.domain.resource.ResourceType;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;

/** A service's JSON shapes. */
public final class ServiceJson {
    private ServiceJson() {
    }

    /** POST and PATCH body; on POST missing optional fields take defaults, on PATCH they stay as they are. */
    @Introspected
    public record Request(@Nullable String categoryId, @Nullable String name, @Nullable String description,
                          @Nullable Integer durationMinutes, @Nullable Integer bufferBeforeMinutes,
                          @Nullable Integer bufferAfterMinutes, @Nullable Integer slotIntervalMinutes,
                          @Nullable MoneyJson price, @Nullable Integer capacity, @Nullable Integer minNoticeMinutes,
                          @Nullable Integer maxAdvanceDays, @Nullable Integer cancellationNoticeHours,
                          @Nullable Boolean requiresConfirmation, @Nullable Boolean active,
                          @Nullable List<Requirement> requirements) {
        public ServiceDetails toDetails(Service current) {
            if (current == null) {
                int duration = Fields.required("durationMinutes", durationMinutes);
                return new ServiceDetails(categoryId, Fields.required("name", name), description, duration,
                        Fields.orDefault(bufferBeforeMinutes, 0), Fields.orDefault(bufferAfterMinutes, 0),
                        Fields.orDefault(slotIntervalMinutes, Math.min(duration, 1440)), Fields.money("price", price),
                        Fields.orDefault(capacity, 1), Fields.orDefault(minNoticeMinutes, 60),
                        Fields.orDefault(maxAdvanceDays, 60), Fields.orDefault(cancellationNoticeHours, 24),
                        Fields.orDefault(requiresConfirmation, false), Fields.orDefault(active, true),
                        requirements == null ? List.of(new ResourceRequirement(ResourceType.STAFF, List.of()))
                                : toDomain(requirements));
            }
            return new ServiceDetails(Fields.orDefault(categoryId, current.categoryId()),
                    Fields.orDefault(name, current.name()), Fields.orDefault(description, current.description()),
                    Fields.orDefault(durationMinutes, current.durationMinutes()),
                    Fields.orDefault(bufferBeforeMinutes, current.bufferBeforeMinutes()),
                    Fields.orDefault(bufferAfterMinutes, current.bufferAfterMinutes()),
                    Fields.orDefault(slotIntervalMinutes, current.slotIntervalMinutes()),
                    price == null ? current.price() : Fields.money("price", price),
                    Fields.orDefault(capacity, current.capacity()),
                    Fields.orDefault(minNoticeMinutes, current.minNoticeMinutes()),
                    Fields.orDefault(maxAdvanceDays, current.maxAdvanceDays()),
                    Fields.orDefault(cancellationNoticeHours, current.cancellationNoticeHours()),
                    Fields.orDefault(requiresConfirmation, current.requiresConfirmation()),
                    Fields.orDefault(active, current.active()),
                    requirements == null ? current.requirements() : toDomain(requirements));
        }

        private static List<ResourceRequirement> toDomain(List<Requirement> requirements) {
            List<ResourceRequirement> result = new ArrayList<>();
            for (int i = 0; i < requirements.size(); i++) {
                Requirement requirement = Fields.required("requirements." + i, requirements.get(i));
                result.add(new ResourceRequirement(Fields.required("requirements." + i + ".resourceType",
                        Fields.enumValue("requirements." + i + ".resourceType", ResourceType.class,
                                requirement.resourceType())), requirement.resourceIds()));
            }
            return result;
        }
    }

    /** One resource a service needs: a type, optionally narrowed to listed resources. */
    @Introspected
    public record Requirement(@Nullable String resourceType, @Nullable List<String> resourceIds) {
    }

    /** A service as the API shows it. */
    public record Response(String id, String categoryId, String name, String description, int durationMinutes,
                           int bufferBeforeMinutes, int bufferAfterMinutes, int slotIntervalMinutes, MoneyJson price,
                           int capacity, int minNoticeMinutes, int maxAdvanceDays, int cancellationNoticeHours,
                           boolean requiresConfirmation, boolean active, List<Requirement> requirements) {
        public static Response from(Service service) {
            return new Response(service.id(), service.categoryId(), service.name(), service.description(),
                    service.durationMinutes(), service.bufferBeforeMinutes(), service.bufferAfterMinutes(),
                    service.slotIntervalMinutes(), MoneyJson.from(service.price()), service.capacity(),
                    service.minNoticeMinutes(), service.maxAdvanceDays(), service.cancellationNoticeHours(),
                    service.requiresConfirmation(), service.active(), service.requirements().stream()
                    .map(r -> new Requirement(r.type().name(), r.eligibleResourceIds())).toList());
        }
    }
}
