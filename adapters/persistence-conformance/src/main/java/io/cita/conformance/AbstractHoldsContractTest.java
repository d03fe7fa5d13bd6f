package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.StoreOutcome;
import io.cita.application.port.query.AuditEntry;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.Hold;
import io.cita.domain.catalog.Service;
import io.cita.domain.plan.Limit;
import io.cita.domain.shared.IdPrefix;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contract of the Holds port: a live hold keeps others off its slot but lets the booking converting it in, an expired
 * or released one frees the slot, and each change writes its audit entry with it.
 */
public abstract class AbstractHoldsContractTest extends BookingsFixture {

    @Test
    void givenAHold_othersCannotTakeTheSlot_butTheBookingConvertingItCan() {
        Service service = newService(tenant, 1, 0, 0);
        Booking mine = booking(service, staff, TEN, 1);
        Hold hold = fiveMinuteHold(service, mine);
        assertThat(stores().holds().create(hold, 1, NOW, null)).isEqualTo(StoreOutcome.DONE);
        assertThat(stores().holds().findLive(tenant.id(), hold.id(), NOW)).contains(hold);

        assertThat(store(booking(service, staff, TEN, 1), service)).isEqualTo(StoreOutcome.SLOT_TAKEN);
        assertThat(stores().bookings().create(newBooking(mine, hold.id(), 1, Limit.unlimited(), PERIOD, NOW)))
                .isEqualTo(StoreOutcome.DONE);
        assertThat(stores().holds().findLive(tenant.id(), hold.id(), NOW)).isEmpty();
        assertThat(stores().bookings().create(newBooking(booking(service, staff, TEN.plusSeconds(7200), 1),
                hold.id(), 1, Limit.unlimited(), PERIOD, NOW))).isEqualTo(StoreOutcome.STALE);
    }

    @Test
    void givenAnExpiredHold_itNeitherBlocksNorConverts() {
        Service service = newService(tenant, 1, 0, 0);
        Booking template = booking(service, staff, TEN, 1);
        Hold hold = fiveMinuteHold(service, template);
        stores().holds().create(hold, 1, NOW, null);
        Instant later = NOW.plusSeconds(301);

        assertThat(stores().holds().findLive(tenant.id(), hold.id(), later)).isEmpty();
        assertThat(stores().bookings().occupations(tenant.id(), List.of(staff.id()), TEN.minusSeconds(3600),
                TEN.plusSeconds(7200), later)).isEmpty();
        assertThat(stores().bookings().create(newBooking(template, hold.id(), 1, Limit.unlimited(), PERIOD, later)))
                .isEqualTo(StoreOutcome.STALE);
        assertThat(stores().bookings().create(newBooking(template, null, 1, Limit.unlimited(), PERIOD, later)))
                .isEqualTo(StoreOutcome.DONE);
    }

    @Test
    void givenAReleasedHold_theSlotIsFree() {
        Service service = newService(tenant, 1, 0, 0);
        Booking template = booking(service, staff, TEN, 1);
        Hold hold = fiveMinuteHold(service, template);
        stores().holds().create(hold, 1, NOW, null);

        assertThat(stores().holds().release(newTenant().id(), hold.id(), null)).isFalse();
        assertThat(stores().holds().release(tenant.id(), hold.id(), null)).isTrue();
        assertThat(store(template, service)).isEqualTo(StoreOutcome.DONE);
    }

    @Test
    void givenAHoldAndItsRelease_eachWritesItsAuditEntryWithIt_andARefusedOneWritesNone() {
        Service service = newService(tenant, 1, 0, 0);
        Booking template = booking(service, staff, TEN, 1);
        Hold hold = fiveMinuteHold(service, template);
        Hold rival = fiveMinuteHold(service, template);
        AuditRecord held = holdAudit("hold.created", hold.id());
        AuditRecord released = holdAudit("hold.released", hold.id());

        assertThat(stores().holds().create(hold, 1, NOW, held)).isEqualTo(StoreOutcome.DONE);
        assertThat(stores().holds().create(rival, 1, NOW, holdAudit("hold.created", rival.id())))
                .isEqualTo(StoreOutcome.SLOT_TAKEN);
        String unknown = id(IdPrefix.HOLD);
        assertThat(stores().holds().release(tenant.id(), unknown, holdAudit("hold.released", unknown))).isFalse();
        assertThat(stores().holds().release(tenant.id(), hold.id(), released)).isTrue();

        assertThat(stores().auditLog().list(tenant.id(), new PageRequest(50, null)).items()).extracting(AuditEntry::id)
                .containsExactlyInAnyOrder(held.entry().id(), released.entry().id());
    }

    /** A one-seat hold of the booking's time and resources, live for five minutes from NOW. */
    private Hold fiveMinuteHold(Service service, Booking template) {
        return new Hold(id(IdPrefix.HOLD), tenant.id(), service.id(), template.resourceIds(), template.time(),
                template.occupied(), 1, NOW.plusSeconds(300), NOW);
    }

    private AuditRecord holdAudit(String action, String holdId) {
        return new AuditRecord(new AuditEntry(id(IdPrefix.AUDIT), tenant.id(), "USER", "usr_auditor", action, "hold",
                holdId, null, null, "203.0.113.7", "conformance", NOW), null, holdId);
    }
}
