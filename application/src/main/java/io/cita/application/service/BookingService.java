package io.cita.application.service;

import io.cita.application.error.ConflictException;
import io.cita.application.error.InvalidRequestException;
import io.cita.application.error.NotFoundException;
import io.cita.application.error.PlanLimitExceededException;
import io.cita.application.error.SlotUnavailableException;
import io.cita.application.port.in.BookAppointmentUseCase;
import io.cita.application.port.in.BookCommand;
import io.cita.application.port.in.ClientDetails;
import io.cita.application.port.in.Zoned;
import io.cita.application.port.out.BookingMetrics;
import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Holds;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.NewBooking;
import io.cita.application.port.out.Plans;
import io.cita.application.port.out.StoreOutcome;
import io.cita.domain.availability.Slot;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.Hold;
import io.cita.domain.catalog.Service;
import io.cita.domain.client.Client;
import io.cita.domain.plan.Limit;
import io.cita.domain.plan.LimitKind;
import io.cita.domain.plan.PlanLimitPolicy;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.tenant.Tenant;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Books an appointment: rules, slot, client, then one atomic store step that also counts the month's bookings. */
public class BookingService implements BookAppointmentUseCase {
    /** A random reference is taken once in a while in a tenant with many bookings; a fresh one is tried, a few times. */
    static final int REFERENCE_ATTEMPTS = 5;
    private final SlotPlacement placement;
    private final Bookings bookings;
    private final Holds holds;
    private final Clients clients;
    private final Plans plans;
    private final CatalogCache catalogs;
    private final IdGenerator ids;
    private final ClockPort clock;
    private final AuditTrail audit;
    private final BookingMetrics metrics;

    public BookingService(Bookings bookings, Holds holds, Clients clients, CatalogCache catalogs, Plans plans,
                          IdGenerator ids, ClockPort clock, AuditTrail audit, BookingMetrics metrics) {
        this.audit = audit;
        this.metrics = metrics;
        this.placement = new SlotPlacement(new SlotFinder(bookings));
        this.bookings = bookings;
        this.holds = holds;
        this.clients = clients;
        this.plans = plans;
        this.catalogs = catalogs;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Zoned<Booking> book(BookCommand command) {
        if (command.clientId() == null && command.client() == null) {
            throw new InvalidRequestException("client", "a clientId or client details are required");
        }
        TenantCatalog read = catalogs.read(command.tenantId(), command.authorizedTenant());
        Tenant tenant = read.tenant();
        Service service = read.service(command.serviceId());
        Instant now = clock.now();
        int seats = command.seats();
        List<String> requested = command.actor() == null ? command.resourceIds()
                : command.actor().resourcesFor(command.resourceIds());
        if (command.holdId() != null) {
            Hold hold = holds.findLive(tenant.id(), command.holdId(), now).orElseThrow(SlotUnavailableException::new);
            if (!hold.serviceId().equals(service.id()) || !hold.time().start().equals(command.start())
                    || hold.seats() != seats) {
                throw new InvalidRequestException("holdId", "the hold is for another service, time or number of seats");
            }
            requested = hold.resourceIds();
        }
        Slot slot = placement.place(read.catalog(), service, command.start(), requested, seats, command.holdId(), now);
        String clientId = resolveClient(tenant.id(), command);
        Limit monthlyLimit = PlanLimitPolicy.limitOf(plans.plan(tenant.plan()), LimitKind.BOOKINGS_PER_MONTH);
        YearMonth period = YearMonth.from(now.atZone(tenant.timezone()));
        for (int attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
            Booking booking = Booking.book(ids.newId(IdPrefix.BOOKING), ids.newReference(), service, slot, clientId,
                    seats, command.channel(), command.notes(), now);
            StoreOutcome outcome = bookings.create(new NewBooking(booking, command.holdId(), service.capacity(),
                    monthlyLimit, period, now, tenant.timezone(), audit.pending(tenant.id(), command.actor(),
                    "booking.created", "booking", booking.id(), null, booking)));
            switch (outcome) {
                case DONE -> {
                    metrics.changed("created", booking.channel());
                    return new Zoned<>(booking, tenant.timezone());
                }
                case LIMIT_REACHED -> throw new PlanLimitExceededException(LimitKind.BOOKINGS_PER_MONTH,
                        tenant.plan(), monthlyLimit);
                case SLOT_TAKEN, STALE -> throw new SlotUnavailableException();
                case REFERENCE_TAKEN -> {
                    // nothing was written: the next attempt draws a fresh reference
                }
            }
        }
        throw new IllegalStateException(REFERENCE_ATTEMPTS + " random booking references in a row were taken");
    }

    /** The booking's client: the one named, else the tenant's client with the phone or e-mail given, else a new one. */
    private String resolveClient(String tenantId, BookCommand command) {
        if (command.clientId() != null) {
            return clients.find(tenantId, command.clientId()).map(ClientService::notErased).map(Client::id)
                    .orElseThrow(() -> new NotFoundException("client", command.clientId()));
        }
        ClientDetails details = command.client();
        Optional<String> known = Optional.empty();
        if (details.phone() != null) {
            known = clients.idByPhone(tenantId, details.phone().value());
        }
        if (known.isEmpty() && details.email() != null) {
            known = clients.idByEmail(tenantId, details.email().value());
        }
        if (known.isPresent()) {
            return known.get();
        }
        Client created = new Client(ids.newId(IdPrefix.CLIENT), tenantId, details.firstName(), details.lastName(),
                details.email(), details.phone(), true);
        try {
            // the booking's own audit entry names the client it created
            clients.create(created, null);
            return created.id();
        } catch (ConflictException raced) {
            // a parallel booking created the same client first: use theirs
            return (details.phone() != null ? clients.idByPhone(tenantId, details.phone().value())
                    : clients.idByEmail(tenantId, details.email().value())).orElseThrow(() -> raced);
        }
    }
}
