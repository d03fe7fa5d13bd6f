package io.cita.bootstrap;

import io.cita.application.port.out.BookingMetrics;
import io.cita.domain.booking.Channel;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * Bookings as a Prometheus counter, {@code cita_booking_changes_total{change, channel}}: created, confirmed, cancelled,
 * completed, no_show or rescheduled, by the channel the booking came through (a few dozen series, no tenant).
 */
@Singleton
public class MicrometerBookingMetrics implements BookingMetrics {
    private final MeterRegistry registry;

    public MicrometerBookingMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void changed(String change, Channel channel) {
        registry.counter("cita.booking_changes", "change", change, "channel", channel.name().toLowerCase(Locale.ROOT))
                .increment();
    }
}
