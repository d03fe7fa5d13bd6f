package io.cita.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cita.application.error.NotFoundException;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.out.Resources;
import io.cita.application.port.out.Schedules;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.query.VersionedTenant;
import io.cita.domain.catalog.ResourceRequirement;
import io.cita.domain.catalog.Service;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.resource.Resource;
import io.cita.domain.resource.ResourceType;
import io.cita.domain.schedule.WeeklyRule;
import io.cita.domain.shared.Money;
import io.cita.domain.tenant.BusinessType;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Slug;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.TenantStatus;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CatalogCacheTest {
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private final CountingPorts ports = new CountingPorts();
    private final AtomicLong version = new AtomicLong(7);
    private final Map<String, Service> stored = Map.of("svc_cut", service("svc_cut", "Cut"));
    private final CatalogCache cache = cache(10);

    @Test
    void givenAnUnchangedVersion_theCatalogIsReadFromTheStoreOnce_butTheTenantEveryTime() {
        for (int i = 0; i < 3; i++) {
            TenantCatalog read = cache.read("ten_a");
            assertThat(read.service("svc_cut").name()).isEqualTo("Cut");
            assertThat(read.catalog().activeResources()).extracting(Resource::id).containsExactly("res_ana");
            assertThat(read.catalog().weeklyRules("res_ana")).hasSize(1);
            assertThat(read.catalog().exceptions("res_ana")).isEmpty();
        }

        assertThat(ports.calls("Tenants.findVersioned")).isEqualTo(3);
        assertThat(ports.calls("CatalogServices.find")).isEqualTo(1);
        assertThat(ports.calls("Resources.active")).isEqualTo(1);
        assertThat(ports.calls("Schedules.weeklyRules")).isEqualTo(1);
        assertThat(ports.calls("Schedules.exceptions")).isEqualTo(1);
    }

    @Test
    void givenTheTenantAsReadWithTheRequestsAuthorization_itIsNotReadAgain_butAnotherTenantsIsNotUsed() {
        VersionedTenant authorized = new VersionedTenant(tenant("ten_a"), version.get());

        TenantCatalog read = cache.read("ten_a", authorized);
        TenantCatalog mismatched = cache.read("ten_b", authorized);

        assertThat(read.tenant()).isEqualTo(authorized.tenant());
        assertThat(read.service("svc_cut").name()).isEqualTo("Cut");
        assertThat(mismatched.tenant().id()).isEqualTo("ten_b");
        assertThat(ports.calls("Tenants.findVersioned")).as("only for the other tenant").isEqualTo(1);
    }

    @Test
    void givenANewVersion_theNextReadStartsAFreshSnapshot() {
        cache.read("ten_a").service("svc_cut");
        version.incrementAndGet();

        TenantCatalog read = cache.read("ten_a");
        read.service("svc_cut");

        assertThat(read.catalog().version()).isEqualTo(8);
        assertThat(ports.calls("CatalogServices.find")).isEqualTo(2);
    }

    @Test
    void givenARequestThatReadAnOlderVersion_itGetsASnapshotOfItsOwn_andTheNewerOneStaysKept() {
        CatalogSnapshot newer = cache.snapshot("ten_a", 9);

        CatalogSnapshot older = cache.snapshot("ten_a", 8);

        assertThat(older.version()).isEqualTo(8);
        assertThat(cache.snapshot("ten_a", 9)).isSameAs(newer);
    }

    @Test
    void givenAnUnknownService_itIsNotFound_andNotRemembered() {
        for (int i = 0; i < 2; i++) {
            TenantCatalog read = cache.read("ten_a");
            assertThatThrownBy(() -> read.service("svc_nope")).isInstanceOf(NotFoundException.class);
        }

        assertThat(ports.calls("CatalogServices.find")).isEqualTo(2);
    }

    @Test
    void givenAMissingTenant_itIsNotFound() {
        assertThatThrownBy(() -> cache.read("ten_missing")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenMoreTenantsThanTheBound_itKeepsAtMostTheBound() {
        CatalogCache small = cache(2);

        for (String tenant : List.of("ten_a", "ten_b", "ten_c", "ten_d")) {
            small.read(tenant);
        }

        assertThat(small.size()).isEqualTo(2);
    }

    private CatalogCache cache(int maxTenants) {
        Tenants tenants = ports.port(Tenants.class, Map.of("findVersioned", args -> "ten_missing".equals(args[0])
                ? Optional.empty() : Optional.of(new VersionedTenant(tenant((String) args[0]), version.get()))));
        CatalogServices services = ports.port(CatalogServices.class,
                Map.of("find", args -> Optional.ofNullable(stored.get((String) args[1]))));
        Resources resources = ports.port(Resources.class, Map.of("active", args -> List.of(
                new Resource("res_ana", (String) args[0], "Ana", ResourceType.STAFF, MADRID, Set.of("svc_cut"), true))));
        Schedules schedules = ports.port(Schedules.class, Map.of(
                "weeklyRules", args -> List.of(new WeeklyRule(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(14, 0),
                        null, null)),
                "exceptions", args -> List.of()));
        return new CatalogCache(tenants, services, resources, schedules, maxTenants);
    }

    private static Tenant tenant(String id) {
        return new Tenant(id, new Slug(id.replace('_', '-')), "Salon", BusinessType.SALON, MADRID, "ES", "EUR",
                Language.ES, PlanCode.FREE, TenantStatus.ACTIVE, Map.of(), Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static Service service(String id, String name) {
        return new Service(id, "ten_a", null, name, null, 45, 0, 0, 15, new Money(2500, "EUR"), 1, 0, 60, 24, false,
                true, List.of(new ResourceRequirement(ResourceType.STAFF, List.of())));
    }
}
