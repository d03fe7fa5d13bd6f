package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.NewBooking;
import io.cita.application.port.out.StoreOutcome;
import io.cita.application.port.query.Membership;
import io.cita.application.port.query.PageRequest;
import io.cita.application.port.query.UserAccount;
import io.cita.domain.access.Role;
import io.cita.domain.catalog.ResourceRequirement;
import io.cita.domain.catalog.Service;
import io.cita.domain.client.Client;
import io.cita.domain.plan.Limit;
import io.cita.domain.resource.Resource;
import io.cita.domain.resource.ResourceType;
import io.cita.domain.shared.EmailAddress;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.shared.Money;
import io.cita.domain.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every limit a store enforces, at a bound of 0, of 1 and unlimited: the store turns {@link Limit#bound()} into its
 * atomic condition and lets through exactly what the limit allows, for services, resources, members, monthly
 * bookings and message credits. Each case asks for three and expects the first {@code min(3, room)} to pass.
 */
public abstract class AbstractPlanLimitsContractTest extends PersistenceContract {
    private static final int ASKED = 3;
    private static final YearMonth PERIOD = YearMonth.of(2032, 5);
    private static final Instant FIRST_START = Instant.parse("2032-05-11T08:00:00Z");

    static Stream<Limit> limits() {
        return Stream.of(Limit.of(0), Limit.of(1), Limit.unlimited());
    }

    /** What {@code limit} lets through out of {@link #ASKED} when {@code taken} are already used. */
    private static List<Boolean> expected(Limit limit, int taken) {
        return IntStream.range(0, ASKED).mapToObj(i -> limit.allowsOneMore(taken + i)).toList();
    }

    private static List<Boolean> attempts(Supplier<Boolean> attempt) {
        List<Boolean> results = new ArrayList<>();
        for (int i = 0; i < ASKED; i++) {
            results.add(attempt.get());
        }
        return results;
    }

    @ParameterizedTest(name = "limit {0}")
    @MethodSource("limits")
    void activeServicesStopAtTheLimit(Limit limit) {
        Tenant tenant = newTenant();
        List<Boolean> stored = attempts(() -> stores().services().create(service(tenant), limit, null));

        assertThat(stored).containsExactlyElementsOf(expected(limit, 0));
        assertThat(stores().services().list(tenant.id(), new PageRequest(50, null))
                .items()).hasSize((int) stored.stream().filter(Boolean::booleanValue).count());
    }

    @ParameterizedTest(name = "limit {0}")
    @MethodSource("limits")
    void activeResourcesStopAtTheLimit(Limit limit) {
        Tenant tenant = newTenant();
        List<Boolean> stored = attempts(() -> stores().resources().create(new Resource(id(IdPrefix.RESOURCE),
                tenant.id(), "María", ResourceType.STAFF, MADRID, Set.of(), true), limit, null));

        assertThat(stored).containsExactlyElementsOf(expected(limit, 0));
    }

    @ParameterizedTest(name = "limit {0}")
    @MethodSource("limits")
    void membersStopAtTheLimit_countingTheOwner(Limit limit) {
        Tenant tenant = newTenant();
        List<Boolean> added = attempts(() -> {
            UserAccount user = new UserAccount(id(IdPrefix.USER), new EmailAddress(uniqueSlug() + "@example.com"),
                    "$2a$hash", "Eva", "Ruiz", NOW);
            return stores().members().add(new Membership(tenant.id(), user.id(), Role.STAFF, null), user, limit, null);
        });

        assertThat(added).containsExactlyElementsOf(expected(limit, 1));
    }

    @ParameterizedTest(name = "limit {0}")
    @MethodSource("limits")
    void monthlyBookingsStopAtTheLimit(Limit limit) {
        Tenant tenant = newTenant();
        Resource staff = newResource(tenant, ResourceType.STAFF, Set.of());
        Service service = newService(tenant, 1, 0, 0);
        Client client = newClient(tenant);
        List<StoreOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < ASKED; i++) {
            Instant start = FIRST_START.plus(Duration.ofHours(i));
            outcomes.add(stores().bookings().create(new NewBooking(confirmedBooking(tenant, service, staff, client,
                    start, 1), null, 1, limit, PERIOD, NOW, tenant.timezone(), null)));
        }

        assertThat(outcomes.stream().map(outcome -> outcome == StoreOutcome.DONE).toList())
                .containsExactlyElementsOf(expected(limit, 0));
        assertThat(outcomes).allMatch(outcome -> outcome == StoreOutcome.DONE || outcome == StoreOutcome.LIMIT_REACHED);
        assertThat(stores().bookings().createdIn(tenant.id(), PERIOD))
                .isEqualTo(outcomes.stream().filter(outcome -> outcome == StoreOutcome.DONE).count());
    }

    @ParameterizedTest(name = "limit {0}")
    @MethodSource("limits")
    void messageCreditsStopAtTheLimit_andARefusedSpendAddsNothing(Limit limit) {
        Tenant tenant = newTenant();
        List<Boolean> spent = attempts(() -> stores().usageCounters().spendMessages(tenant.id(), PERIOD, 1, limit));

        assertThat(spent).containsExactlyElementsOf(expected(limit, 0));
        long used = spent.stream().filter(Boolean::booleanValue).count();
        assertThat(stores().usageCounters().messagesIn(tenant.id(), PERIOD)).isEqualTo(used);
        assertThat(stores().usageCounters().spendMessages(tenant.id(), PERIOD, 2, limit))
                .isEqualTo(limit.allows(used, 2));
    }

    @Test
    void grantedCredits_addUpPerMonth_eachWithItsAuditEntry() {
        Tenant tenant = newTenant();
        assertThat(stores().usageCounters().messagesGranted(tenant.id(), PERIOD)).isZero();
        stores().usageCounters().grantMessages(tenant.id(), PERIOD, 5, audit(tenant.id(), "tenant.credits-granted",
                tenant.id(), null, Map.of("messages", 5)));
        stores().usageCounters().grantMessages(tenant.id(), PERIOD, 7, audit(tenant.id(), "tenant.credits-granted",
                tenant.id(), null, Map.of("messages", 7)));
        assertThat(stores().usageCounters().messagesGranted(tenant.id(), PERIOD)).isEqualTo(12);
        assertThat(stores().usageCounters().messagesGranted(tenant.id(), PERIOD.plusMonths(1))).isZero();
        assertThat(stores().usageCounters().messagesIn(tenant.id(), PERIOD)).as("granting spends nothing").isZero();
        assertThat(stores().auditLog().list(tenant.id(), new PageRequest(10, null)).items())
                .filteredOn(entry -> entry.action().equals("tenant.credits-granted")).hasSize(2);
    }

    @Test
    void aboveTheLimitAfterADowngrade_whatIsActiveCanStillBeChanged_butNothingMoreActivated() {
        Tenant tenant = newTenant();
        Service first = service(tenant);
        Service resting = service(tenant).deactivated();
        assertThat(stores().services().create(first, Limit.unlimited(), null)).isTrue();
        assertThat(stores().services().create(service(tenant), Limit.unlimited(), null)).isTrue();
        assertThat(stores().services().create(resting, Limit.unlimited(), null)).isTrue();
        Resource working = new Resource(id(IdPrefix.RESOURCE), tenant.id(), "María", ResourceType.STAFF, MADRID,
                Set.of(), true);
        Resource away = new Resource(id(IdPrefix.RESOURCE), tenant.id(), "Lucía", ResourceType.STAFF, MADRID,
                Set.of(), false);
        assertThat(stores().resources().create(working, Limit.unlimited(), null)).isTrue();
        assertThat(stores().resources().create(new Resource(id(IdPrefix.RESOURCE), tenant.id(), "Ana",
                ResourceType.STAFF, MADRID, Set.of(), true), Limit.unlimited(), null)).isTrue();
        assertThat(stores().resources().create(away, Limit.unlimited(), null)).isTrue();

        Limit downgraded = Limit.of(1);
        assertThat(stores().services().update(first, downgraded, null)).as("an active service changed").isTrue();
        assertThat(stores().services().update(service(tenant, resting.id()), downgraded, null))
                .as("a resting service activated").isFalse();
        assertThat(stores().resources().update(working, downgraded, null)).as("an active resource changed")
                .isTrue();
        assertThat(stores().resources().update(new Resource(away.id(), tenant.id(), "Lucía", ResourceType.STAFF,
                MADRID, Set.of(), true), downgraded, null)).as("a resting resource activated").isFalse();
    }

    private static Service service(Tenant tenant) {
        return service(tenant, id(IdPrefix.SERVICE));
    }

    private static Service service(Tenant tenant, String serviceId) {
        return new Service(serviceId, tenant.id(), null, "Haircut", "Cut", 30, 0, 0, 15,
                new Money(2000, "EUR"), 1, 0, 60, 24, false, true,
                List.of(new ResourceRequirement(ResourceType.STAFF, List.of())));
    }
}
