package io.cita.application.service.agent;

import io.cita.application.error.InvalidRequestException;
import io.cita.domain.availability.Slot;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An offer as an agent passes it back: {@code <serviceId>@<epoch second>@<resourceId>+<resourceId>}, so that holding
 * or booking it takes the very start and resources that were offered, with nothing kept between calls.
 */
record OfferId(String serviceId, Instant start, List<String> resourceIds) {
    private static final String SEPARATOR = "@";

    static OfferId of(String serviceId, Slot slot) {
        return new OfferId(serviceId, slot.start(), slot.resourceIds());
    }

    static OfferId parse(String field, String text) {
        String[] parts = text.split(SEPARATOR, -1);
        if (parts.length != 3 || parts[0].isBlank()) {
            throw new InvalidRequestException(field, field + " must be an offerId as find_offers gave it");
        }
        try {
            List<String> resources = parts[2].isEmpty() ? List.of() : Arrays.asList(parts[2].split("\\+"));
            return new OfferId(parts[0], Instant.ofEpochSecond(Long.parseLong(parts[1])), resources);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, field + " must be an offerId as find_offers gave it");
        }
    }

    @Override
    public String toString() {
        return serviceId + SEPARATOR + start.getEpochSecond() + SEPARATOR + String.join("+", resourceIds);
    }
}
