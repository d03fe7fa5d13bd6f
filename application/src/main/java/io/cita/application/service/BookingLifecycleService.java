package io.cita.application.service;

import io.cita.application.error.BookingRuleViolationException;
import io.cita.application.error.ConflictException;
import io.cita.application.error.NotFoundException;
import io.cita.application.error.SlotUnavailableException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ManageBookingsUseCase;
import io.cita.application.port.out.BookingMetrics;
import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.StoreOutcome;
import io.cita.application.port.query.BookingFilter;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.access.Permission;
import io.cita.domain.availability.Slot;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.BookingRule;
import io.cita.domain.booking.BookingStatus;
import io.cita.domain.booking.CancellationPolicy;
import io.cita.domain.catalog.Service;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Reads bookings and moves them through their life: confirm, cancel, reschedule, complete, no-show. */
public class BookingLifecycleService implements ManageBookingsUseCase {
    private final Bookings bookings;
    private final SlotPlacement placement;
    private final CatalogCache catalogs;
    private final ClockPort clock;
    private final AuditTrail audit;
    private final BookingMetrics metrics;

    public BookingLifecycleService(Bookings bookings, CatalogCache catalogs, ClockPort clock, AuditTrail audit,
                                   BookingMetrics metrics) {
        this.audit = audit;
        this.metrics = metrics;
        this.bookings = bookings;
        this.placement = new SlotPlacement(new SlotFinder(bookings));
        this.catalogs = catalogs;
        this.clock = clock;
    }

    @Override
    public Booking get(String tenantId, String bookingId, Actor actor) {
        return bookings.find(tenantId, bookingId)
                .filter(booking -> actor.sees(booking.resourceIds()))
                .orElseThrow(() -> new NotFoundException("booking", bookingId));
    }

    @Override
    public Page<Booking> list(BookingFilter filter, PageRequest page, Actor actor) {
        catalogs.read(filter.tenantId());
        if (actor.limitedToOwnResource()) {
            if (actor.resourceId() == null || filter.resourceId() != null && !filter.resourceId().equals(actor.resourceId())) {
                return new Page<>(List.of(), null);
            }
            filter = new BookingFilter(filter.tenantId(), filter.from(), filter.to(), actor.resourceId(),
                    filter.status(), filter.clientId());
        }
        return bookings.list(filter, page);
    }

    @Override
    public Booking confirm(String tenantId, String bookingId, Actor actor) {
        return transition(get(tenantId, bookingId, actor), BookingStatus.CONFIRMED, null, actor);
    }

    @Override
    public Booking cancel(String tenantId, String bookingId, String reason, boolean override, Actor actor) {
        Booking booking = get(tenantId, bookingId, actor);
        Service service = catalogs.read(tenantId).service(booking.serviceId());
        CancellationPolicy.check(booking, service, clock.now(), override && actor.may(Permission.OVERRIDE_CANCELLATION)).ifPresent(rule -> {
            throw new BookingRuleViolationException(rule);
        });
        return transition(booking, BookingStatus.CANCELLED, reason, actor);
    }

    @Override
    public Booking reschedule(String tenantId, String bookingId, Instant newStart, List<String> resourceIds,
                              Actor actor) {
        Booking booking = get(tenantId, bookingId, actor);
        List<String> requested = actor.resourcesFor(resourceIds);
        if (!booking.status().occupies()) {
            throw new BookingRuleViolationException(BookingRule.INVALID_TRANSITION);
        }
        TenantCatalog read = catalogs.read(tenantId);
        Service service = read.service(booking.serviceId());
        Instant now = clock.now();
        Slot slot = placement.place(read.catalog(), service, newStart, requested, booking.seats(), booking.id(), now);
        Booking moved = booking.moveTo(service, slot, now).orElseThrow(BookingRuleViolationException::new);
        StoreOutcome outcome = bookings.reschedule(moved, service.capacity(), now, read.tenant().timezone(),
                audit.pending(tenantId, actor, "booking.rescheduled", "booking", bookingId, booking, moved));
        if (outcome != StoreOutcome.DONE) {
            throw new SlotUnavailableException();
        }
        metrics.changed("rescheduled", moved.channel());
        return moved;
    }

    @Override
    public Booking complete(String tenantId, String bookingId, Actor actor) {
        return transition(get(tenantId, bookingId, actor), BookingStatus.COMPLETED, null, actor);
    }

    @Override
    public Booking noShow(String tenantId, String bookingId, Actor actor) {
        return transition(get(tenantId, bookingId, actor), BookingStatus.NO_SHOW, null, actor);
    }

    private Booking transition(Booking booking, BookingStatus target, String reason, Actor actor) {
        Booking updated = booking.transitionTo(target, reason, clock.now()).orElseThrow(BookingRuleViolationException::new);
        if (bookings.changeStatus(updated, audit.pending(booking.tenantId(), actor,
                "booking." + target.name().toLowerCase(Locale.ROOT), "booking", booking.id(), booking, updated))
                != StoreOutcome.DONE) {
            throw new ConflictException("version", "the booking changed meanwhile; read it again");
        }
        metrics.changed(BookingMetrics.of(target), updated.channel());
        return updated;
    }
}
