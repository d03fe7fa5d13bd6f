package io.cita.conformance;

import io.cita.application.port.out.NewBooking;
import io.cita.application.port.out.StoreOutcome;
import io.cita.domain.availability.Slot;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.Interval;
import io.cita.domain.booking.Transition;
import io.cita.domain.catalog.Service;
import io.cita.domain.client.Client;
import io.cita.domain.plan.Limit;
import io.cita.domain.resource.Resource;
import io.cita.domain.resource.ResourceType;
import io.cita.domain.tenant.Tenant;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the bookings and holds contracts share: a fresh tenant with one staff resource and one client per test, and
 * the bookings and store requests the booking service would build for them.
 */
public abstract class BookingsFixture extends PersistenceContract {
    protected static final YearMonth PERIOD = YearMonth.of(2031, 3);
    protected static final Instant TEN = Instant.parse("2031-03-10T09:00:00Z");

    protected Tenant tenant;
    protected Resource staff;
    protected Client client;

    @BeforeEach
    void freshTenant() {
        tenant = newTenant();
        staff = newResource(tenant, ResourceType.STAFF, Set.of());
        client = newClient(tenant);
    }

    protected Booking booking(Service service, Resource resource, Instant start, int seats) {
        return confirmedBooking(tenant, service, resource, client, start, seats);
    }

    /** The booking moved to {@code to} on its resources (the service's buffers around it). */
    protected static Booking moved(Booking booking, Service service, Interval to) {
        return changed(booking.moveTo(service, new Slot(to.start(), to.end(), booking.resourceIds(), 1), NOW));
    }

    protected static Booking changed(Transition transition) {
        return transition.orElseThrow(rule -> new IllegalStateException("refused: " + rule));
    }

    /** What the booking service would ask the store for, in the test tenant's time zone. */
    protected NewBooking newBooking(Booking booking, String holdId, int capacity, Limit monthlyLimit, YearMonth period,
                                  Instant now) {
        return new NewBooking(booking, holdId, capacity, monthlyLimit, period, now, tenant.timezone(), null);
    }

    protected StoreOutcome store(Booking booking, Service service) {
        return stores().bookings().create(newBooking(booking, null, service.capacity(), Limit.unlimited(), PERIOD, NOW));
    }
}
