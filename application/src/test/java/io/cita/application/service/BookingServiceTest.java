package io.cita.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cita.application.port.in.Actor;
import io.cita.application.port.in.BookCommand;
import io.cita.application.port.out.BookingMetrics;
import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Holds;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.NewBooking;
import io.cita.application.port.out.Plans;
import io.cita.application.port.out.Resources;
import io.cita.application.port.out.Schedules;
import io.cita.application.port.out.StoreOutcome;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.query.VersionedTenant;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.Channel;
import io.cita.domain.catalog.ResourceRequirement;
import io.cita.domain.catalog.Service;
import io.cita.domain.client.Client;
import io.cita.domain.plan.DefaultPlans;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.resource.Resource;
import io.cita.domain.resource.ResourceType;
import io.cita.domain.schedule.WeeklyRule;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.shared.Money;
import io.cita.domain.shared.PhoneNumber;
import io.cita.domain.tenant.BusinessType;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Slug;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.TenantStatus;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Booking with the store's outcomes faked: a random reference the tenant already has is drawn again. */
class BookingServiceTest {
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    /** A Sunday; the booking is for the next Monday at 10:00 in Madrid. */
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant MONDAY_TEN = LocalDateTime.of(2026, 3, 2, 10, 0).atZone(MADRID).toInstant();
    private final CountingPorts ports = new CountingPorts();
    private final List<NewBooking> asked = new ArrayList<>();
    private final AtomicInteger references = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();

    @Test
    void givenATakenReference_theBookingIsTriedAgainWithAFreshOne_andStoredOnce() {
        BookingService service = service(StoreOutcome.REFERENCE_TAKEN, StoreOutcome.DONE);

        Booking booked = service.book(command()).value();

        assertThat(asked).hasSize(2);
        assertThat(asked).extracting(request -> request.booking().reference()).containsExactly("REF00001", "REF00002");
        assertThat(asked.get(0).audit().entry().id()).isNotEqualTo(asked.get(1).audit().entry().id());
        assertThat(booked.reference()).isEqualTo("REF00002");
        assertThat(booked).isEqualTo(asked.get(1).booking());
        assertThat(booked.time().start()).isEqualTo(MONDAY_TEN);
    }

    @Test
    void givenEveryReferenceTaken_itGivesUpAfterAFewAttempts() {
        StoreOutcome[] taken = new StoreOutcome[BookingService.REFERENCE_ATTEMPTS];
        Arrays.fill(taken, StoreOutcome.REFERENCE_TAKEN);
        BookingService service = service(taken);

        assertThatThrownBy(() -> service.book(command())).isInstanceOf(IllegalStateException.class);
        assertThat(asked).hasSize(BookingService.REFERENCE_ATTEMPTS);
    }

    private static BookCommand command() {
        return new BookCommand("ten_a", "svc_cut", MONDAY_TEN, List.of(), null, "cli_lucia", null, 1, null,
                Channel.API, Actor.system());
    }

    private BookingService service(StoreOutcome... outcomes) {
        Deque<StoreOutcome> next = new ArrayDeque<>(List.of(outcomes));
        Bookings bookings = ports.port(Bookings.class, Map.of("create", args -> {
            asked.add((NewBooking) args[0]);
            return next.isEmpty() ? StoreOutcome.DONE : next.poll();
        }));
        Tenants tenants = ports.port(Tenants.class, Map.of("findVersioned",
                args -> Optional.of(new VersionedTenant(tenant(), 1))));
        CatalogServices services = ports.port(CatalogServices.class, Map.of("find", args -> Optional.of(
                new Service("svc_cut", "ten_a", null, "Cut", null, 45, 0, 0, 15, new Money(2500, "EUR"), 1, 0, 60, 24,
                        false, true, List.of(new ResourceRequirement(ResourceType.STAFF, List.of()))))));
        Resources resources = ports.port(Resources.class, Map.of("active", args -> List.of(
                new Resource("res_ana", "ten_a", "Ana", ResourceType.STAFF, MADRID, Set.of("svc_cut"), true))));
        Schedules schedules = ports.port(Schedules.class, Map.of(
                "weeklyRules", args -> List.of(new WeeklyRule(DayOfWeek.MONDAY, LocalTime.of(9, 0),
                        LocalTime.of(14, 0), null, null)),
                "exceptions", args -> List.of()));
        Clients clients = ports.port(Clients.class, Map.of("find", args -> Optional.of(
                new Client("cli_lucia", "ten_a", "Lucía", null, null, new PhoneNumber("+34600111222"), true))));
        Plans plans = ports.port(Plans.class, Map.of("plan", args -> DefaultPlans.of((PlanCode) args[0])));
        IdGenerator generator = ports.port(IdGenerator.class, Map.of(
                "newId", args -> ((IdPrefix) args[0]).name().toLowerCase(Locale.ROOT) + "_" + ids.incrementAndGet(),
                "newReference", args -> String.format("REF%05d", references.incrementAndGet())));
        ClockPort clock = () -> NOW;
        return new BookingService(bookings, ports.port(Holds.class, Map.of()), clients,
                new CatalogCache(tenants, services, resources, schedules, 10), plans, generator, clock,
                new AuditTrail(generator, clock), BookingMetrics.NONE);
    }

    private static Tenant tenant() {
        return new Tenant("ten_a", new Slug("ten-a"), "Salon", BusinessType.SALON, MADRID, "ES", "EUR", Language.ES,
                PlanCode.PROFESSIONAL, TenantStatus.ACTIVE, Map.of(), Instant.parse("2026-01-01T00:00:00Z"));
    }
}
