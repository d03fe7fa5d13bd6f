package io.cita.application.service;

import io.cita.application.error.NotFoundException;
import io.cita.application.error.SlotUnavailableException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ExpireHoldsUseCase;
import io.cita.application.port.in.HoldSlotUseCase;
import io.cita.application.port.in.Zoned;
import io.cita.application.port.in.PlaceHoldCommand;
import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Holds;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.StoreOutcome;
import io.cita.domain.availability.Slot;
import io.cita.domain.booking.Hold;
import io.cita.domain.catalog.Service;
import io.cita.domain.shared.IdPrefix;
import java.time.Duration;
import io.cita.domain.tenant.Tenant;
import java.time.Instant;
import java.util.List;

/** Holds a slot for a few minutes while a customer confirms, and sweeps away the holds that expired. */
public class HoldService implements HoldSlotUseCase, ExpireHoldsUseCase {
    /** Holds removed per store call, and calls per sweep at most (the next sweep goes on). */
    private static final int SWEEP_BATCH = 100;
    private static final int SWEEP_BATCHES = 20;
    private final SlotPlacement placement;
    private final Holds holds;
    private final CatalogCache catalogs;
    private final IdGenerator ids;
    private final ClockPort clock;
    private final Duration ttl;
    private final AuditTrail audit;

    public HoldService(Holds holds, CatalogCache catalogs, Bookings bookings, IdGenerator ids, ClockPort clock,
                       Duration ttl, AuditTrail audit) {
        this.audit = audit;
        this.placement = new SlotPlacement(new SlotFinder(bookings));
        this.holds = holds;
        this.catalogs = catalogs;
        this.ids = ids;
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public Zoned<Hold> hold(PlaceHoldCommand command) {
        TenantCatalog read = catalogs.read(command.tenantId(), command.authorizedTenant());
        Tenant tenant = read.tenant();
        Service service = read.service(command.serviceId());
        Instant now = clock.now();
        int seats = command.seats();
        List<String> requested = command.actor() == null ? command.resourceIds()
                : command.actor().resourcesFor(command.resourceIds());
        Slot slot = placement.place(read.catalog(), service, command.start(), requested, seats, null, now);
        Hold hold = Hold.of(ids.newId(IdPrefix.HOLD), service, slot, seats, now.plus(ttl), now);
        if (holds.create(hold, service.capacity(), now,
                audit.pending(command.tenantId(), command.actor(), "hold.created", "hold", hold.id(), null, hold))
                != StoreOutcome.DONE) {
            throw new SlotUnavailableException();
        }
        return new Zoned<>(hold, tenant.timezone());
    }

    @Override
    public void release(String tenantId, String holdId, Actor actor) {
        if (!holds.release(tenantId, holdId,
                audit.pending(tenantId, actor, "hold.released", "hold", holdId, holdId, null))) {
            throw new NotFoundException("hold", holdId);
        }
    }

    @Override
    public int removeExpiredHolds() {
        int removed = 0;
        for (int batch = 0; batch < SWEEP_BATCHES; batch++) {
            int inBatch = holds.removeExpired(clock.now(), SWEEP_BATCH);
            removed += inBatch;
            if (inBatch < SWEEP_BATCH) {
                break;
            }
        }
        return removed;
    }
}
