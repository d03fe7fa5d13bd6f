package io.cita.bootstrap;

import io.cita.application.port.out.DeliveryMetrics;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.delivery.DeliveryStatus;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * Deliveries as Prometheus counters: {@code cita_deliveries_total{channel, status}} and
 * {@code cita_deliveries_possible_duplicates_total{channel}} (a retry of a delivery an instance left SENDING).
 */
@Singleton
public class MicrometerDeliveryMetrics implements DeliveryMetrics {
    private final MeterRegistry registry;

    public MicrometerDeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void recorded(DeliveryChannel channel, DeliveryStatus status) {
        registry.counter("cita.deliveries", "channel", lower(channel), "status", lower(status)).increment();
    }

    @Override
    public void possibleDuplicate(DeliveryChannel channel) {
        registry.counter("cita.deliveries.possible_duplicates", "channel", lower(channel)).increment();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
