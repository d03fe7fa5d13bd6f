package io.cita.application.port.in;

import io.cita.domain.catalog.ResourceRequirement;
import io.cita.domain.shared.Money;
import java.util.List;

/** The fields of a service a tenant sets. */
public record ServiceDetails(String categoryId, String name, String description, int durationMinutes,
                             int bufferBeforeMinutes, int bufferAfterMinutes, int slotIntervalMinutes, Money price,
                             int capacity, int minNoticeMinutes, int maxAdvanceDays, int cancellationNoticeHours,
                             boolean requiresConfirmation, boolean active, List<ResourceRequirement> requirements) {
}
