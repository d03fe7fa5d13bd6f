package io.cita.domain.catalog;

import io.cita.domain.booking.Interval;
import io.cita.domain.shared.InvalidValueException;
import io.cita.domain.shared.Money;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** A bookable service with its timing, price, capacity, booking policy and the resources it needs. */
public record Service(String id, String tenantId, String categoryId, String name, String description,
                      int durationMinutes, int bufferBeforeMinutes, int bufferAfterMinutes, int slotIntervalMinutes,
                      Money price, int capacity, int minNoticeMinutes, int maxAdvanceDays,
                      int cancellationNoticeHours, boolean requiresConfirmation, boolean active,
                      List<ResourceRequirement> requirements) {
    public Service {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(price, "price");
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidValueException("name must be 1-100 characters");
        }
        if (durationMinutes < 5 || durationMinutes > 1440) {
            throw new InvalidValueException("durationMinutes must be between 5 and 1440");
        }
        if (bufferBeforeMinutes < 0 || bufferBeforeMinutes > 240 || bufferAfterMinutes < 0 || bufferAfterMinutes > 240) {
            throw new InvalidValueException("buffers must be between 0 and 240 minutes");
        }
        if (slotIntervalMinutes < 5 || slotIntervalMinutes > 1440) {
            throw new InvalidValueException("slotIntervalMinutes must be between 5 and 1440");
        }
        if (capacity < 1 || capacity > 1000) {
            throw new InvalidValueException("capacity must be between 1 and 1000");
        }
        if (minNoticeMinutes < 0 || minNoticeMinutes > 525_600) {
            throw new InvalidValueException("minNoticeMinutes must be between 0 and 525600");
        }
        if (maxAdvanceDays < 1 || maxAdvanceDays > 730) {
            throw new InvalidValueException("maxAdvanceDays must be between 1 and 730");
        }
        if (cancellationNoticeHours < 0 || cancellationNoticeHours > 8760) {
            throw new InvalidValueException("cancellationNoticeHours must be between 0 and 8760");
        }
        if (requirements == null || requirements.isEmpty() || requirements.size() > 5) {
            throw new InvalidValueException("requirements must name 1-5 resource requirements");
        }
        requirements = List.copyOf(requirements);
    }

    public Service deactivated() {
        return new Service(id, tenantId, categoryId, name, description, durationMinutes, bufferBeforeMinutes,
                bufferAfterMinutes, slotIntervalMinutes, price, capacity, minNoticeMinutes, maxAdvanceDays,
                cancellationNoticeHours, requiresConfirmation, false, requirements);
    }

    /** What a booking of {@code time} occupies: the interval widened by the buffers before and after. */
    public Interval occupiedAround(Interval time) {
        return new Interval(time.start().minus(Duration.ofMinutes(bufferBeforeMinutes)),
                time.end().plus(Duration.ofMinutes(bufferAfterMinutes)));
    }

    /** What {@code seats} seats of this service cost. */
    public Money priceFor(int seats) {
        return price.times(seats);
    }
}
