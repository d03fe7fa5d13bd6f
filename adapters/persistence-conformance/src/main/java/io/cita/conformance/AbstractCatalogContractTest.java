package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.catalog.Category;
import io.cita.domain.catalog.ResourceRequirement;
import io.cita.domain.catalog.Service;
import io.cita.domain.plan.Limit;
import io.cita.domain.resource.Resource;
import io.cita.domain.resource.ResourceType;
import io.cita.domain.schedule.ExceptionKind;
import io.cita.domain.schedule.ScheduleException;
import io.cita.domain.schedule.WeeklyRule;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.shared.Money;
import io.cita.domain.tenant.Tenant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Contract of the Categories, CatalogServices, Resources and Schedules ports. */
public abstract class AbstractCatalogContractTest extends PersistenceContract {

    @Test
    void givenAServiceWithTwoRequirements_itReadsBackEqual_andOnlyInItsTenant() {
        Tenant tenant = newTenant();
        Category category = new Category(id(IdPrefix.CATEGORY), tenant.id(), "Color", null, 2, true);
        stores().categories().create(category, null);
        Service service = new Service(id(IdPrefix.SERVICE), tenant.id(), category.id(), "Full color", "Roots to ends",
                120, 10, 15, 30, new Money(6500, "EUR"), 1, 120, 30, 24, true, true,
                List.of(new ResourceRequirement(ResourceType.STAFF, List.of()),
                        new ResourceRequirement(ResourceType.ROOM, List.of(id(IdPrefix.RESOURCE)))));

        assertThat(stores().services().create(service, Limit.unlimited(), null)).isTrue();

        assertThat(stores().services().find(tenant.id(), service.id())).contains(service);
        assertThat(stores().services().find(newTenant().id(), service.id())).isEmpty();
        assertThat(stores().categories().find(tenant.id(), category.id())).contains(category);
    }

    @Test
    void givenThePlanLimitOfActiveServices_oneMoreIsRefused_untilOneIsDeactivated() {
        Tenant tenant = newTenant();
        Service first = newServiceWithLimit(tenant, Limit.of(2));
        newServiceWithLimit(tenant, Limit.of(2));
        Service third = service(tenant);

        assertThat(stores().services().create(third, Limit.of(2), null)).isFalse();
        assertThat(stores().services().find(tenant.id(), third.id())).isEmpty();

        assertThat(stores().services().update(first.deactivated(), Limit.of(2), null)).isTrue();
        assertThat(stores().services().create(third, Limit.of(2), null)).isTrue();
        assertThat(stores().services().update(new Service(first.id(), tenant.id(), null, first.name(), null, 45, 0, 0,
                15, first.price(), 1, 0, 60, 24, false, true, first.requirements()), Limit.of(2), null)).isFalse();
    }

    @Test
    void givenFiveServices_listingByTwoWalksEveryPageOnce() {
        Tenant tenant = newTenant();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(newServiceWithLimit(tenant, Limit.unlimited()).id());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<Service> page = stores().services().list(tenant.id(), new PageRequest(2, cursor));
            page.items().forEach(service -> seen.add(service.id()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(created);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void givenResources_onlyActiveOnesAreListedAsActive_inIdOrder_withTheServicesTheyOffer() {
        Tenant tenant = newTenant();
        Resource ana = newResource(tenant, ResourceType.STAFF, Set.of("svc_a", "svc_b"));
        Resource room = newResource(tenant, ResourceType.ROOM, Set.of());
        Resource gone = newResource(tenant, ResourceType.EQUIPMENT, Set.of());
        assertThat(stores().resources().update(gone.deactivated(), Limit.unlimited(), null)).isTrue();

        assertThat(stores().resources().active(tenant.id())).containsExactly(ana, room);
        assertThat(stores().resources().find(tenant.id(), gone.id())).contains(gone.deactivated());
        assertThat(stores().resources().list(tenant.id(), new PageRequest(10, null)).items()).hasSize(3);
    }

    @Test
    void givenThePlanLimitOfActiveResources_oneMoreIsRefused() {
        Tenant tenant = newTenant();
        Resource first = new Resource(id(IdPrefix.RESOURCE), tenant.id(), "A", ResourceType.STAFF, MADRID, Set.of(), true);
        Resource second = new Resource(id(IdPrefix.RESOURCE), tenant.id(), "B", ResourceType.STAFF, MADRID, Set.of(), true);

        assertThat(stores().resources().create(first, Limit.of(1), null)).isTrue();
        assertThat(stores().resources().create(second, Limit.of(1), null)).isFalse();
        assertThat(stores().resources().create(second.deactivated(), Limit.of(1), null)).isTrue();
    }

    @Test
    void givenWeeklyRules_replacingThemReplacesAll_andExceptionsCanBeAddedAndDeleted_eachWithItsAuditEntry() {
        Tenant tenant = newTenant();
        Resource resource = newResource(tenant, ResourceType.STAFF, Set.of());
        List<WeeklyRule> rules = List.of(
                new WeeklyRule(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(14, 0), null, null),
                new WeeklyRule(DayOfWeek.SUNDAY, LocalTime.of(16, 0), LocalTime.MIDNIGHT,
                        LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31)));
        List<String> audited = new ArrayList<>();
        stores().schedules().replaceWeeklyRules(tenant.id(), resource.id(), List.of(
                new WeeklyRule(DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(9, 0), null, null)),
                audited(audited, tenant, "schedule.replaced", resource.id()));
        stores().schedules().replaceWeeklyRules(tenant.id(), resource.id(), rules,
                audited(audited, tenant, "schedule.replaced", resource.id()));

        assertThat(stores().schedules().weeklyRules(tenant.id(), resource.id())).containsExactlyElementsOf(rules);

        ScheduleException holiday = new ScheduleException(id(IdPrefix.EXCEPTION), resource.id(), ExceptionKind.BLOCK_DATE,
                LocalDate.of(2030, 12, 25), null, null, null, null, "Christmas");
        ScheduleException trip = new ScheduleException(id(IdPrefix.EXCEPTION), resource.id(),
                ExceptionKind.BLOCK_INSTANTS, null, null, null, NOW, NOW.plusSeconds(7200), "Trip");
        ScheduleException evening = new ScheduleException(id(IdPrefix.EXCEPTION), resource.id(),
                ExceptionKind.OVERRIDE_HOURS, LocalDate.of(2030, 12, 26), LocalTime.of(17, 0), LocalTime.of(20, 30),
                null, null, null);
        for (ScheduleException exception : List.of(holiday, trip, evening)) {
            stores().schedules().addException(tenant.id(), exception,
                    audited(audited, tenant, "exception.added", resource.id()));
        }

        assertThat(stores().schedules().exceptions(tenant.id(), resource.id())).containsExactly(holiday, trip, evening);
        Tenant other = newTenant();
        assertThat(stores().schedules().deleteException(other.id(), resource.id(), trip.id(),
                audit(other.id(), "exception.deleted", resource.id(), trip.id(), null))).isFalse();
        assertThat(stores().schedules().deleteException(tenant.id(), resource.id(), trip.id(),
                audited(audited, tenant, "exception.deleted", resource.id()))).isTrue();
        assertThat(stores().schedules().deleteException(tenant.id(), resource.id(), trip.id(),
                audit(tenant.id(), "exception.deleted", resource.id(), trip.id(), null)))
                .as("already deleted").isFalse();
        assertThat(stores().schedules().exceptions(tenant.id(), resource.id())).containsExactly(holiday, evening);
        assertThat(auditIds(tenant.id())).containsExactlyInAnyOrderElementsOf(audited);
        assertThat(auditIds(other.id())).isEmpty();
    }

    /** A new audit entry on the resource, its id noted in {@code audited}. */
    private static AuditRecord audited(List<String> audited, Tenant tenant, String action, String resourceId) {
        AuditRecord record = audit(tenant.id(), action, resourceId, null, null);
        audited.add(record.entry().id());
        return record;
    }

    @Test
    void everyCatalogWrite_raisesTheTenantsCatalogVersion_andATenantUpdateKeepsIt() {
        Tenant tenant = newTenant();
        Resource resource = newResource(tenant, ResourceType.STAFF, Set.of());
        List<Long> versions = new ArrayList<>();
        versions.add(catalogVersion(tenant));
        Service service = newServiceWithLimit(tenant, Limit.unlimited());
        versions.add(catalogVersion(tenant));
        assertThat(stores().services().update(service.deactivated(), Limit.unlimited(), null)).isTrue();
        versions.add(catalogVersion(tenant));
        assertThat(stores().resources().update(resource.deactivated(), Limit.unlimited(), null)).isTrue();
        versions.add(catalogVersion(tenant));
        stores().schedules().replaceWeeklyRules(tenant.id(), resource.id(),
                List.of(new WeeklyRule(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(14, 0), null, null)), null);
        versions.add(catalogVersion(tenant));
        ScheduleException holiday = new ScheduleException(id(IdPrefix.EXCEPTION), resource.id(), ExceptionKind.BLOCK_DATE,
                LocalDate.of(2030, 12, 25), null, null, null, null, "Christmas");
        stores().schedules().addException(tenant.id(), holiday, null);
        versions.add(catalogVersion(tenant));
        assertThat(stores().schedules().deleteException(tenant.id(), resource.id(), holiday.id(), null)).isTrue();
        versions.add(catalogVersion(tenant));
        stores().tenants().update(tenant.withProfile("Renamed", tenant.businessType(), tenant.timezone(),
                tenant.locale(), tenant.settings()), null);
        long afterTenantUpdate = catalogVersion(tenant);

        for (int i = 1; i < versions.size(); i++) {
            assertThat(versions.get(i)).as("catalog version after write %d", i).isGreaterThan(versions.get(i - 1));
        }
        assertThat(afterTenantUpdate).isEqualTo(versions.get(versions.size() - 1));
        assertThat(stores().tenants().findVersioned(tenant.id()).orElseThrow().tenant().name()).isEqualTo("Renamed");
    }

    @Test
    void aRefusedCatalogWrite_leavesTheCatalogVersionAsItWas() {
        Tenant tenant = newTenant();
        newServiceWithLimit(tenant, Limit.of(1));
        long before = catalogVersion(tenant);

        assertThat(stores().services().create(service(tenant), Limit.of(1), null)).isFalse();

        assertThat(catalogVersion(tenant)).isEqualTo(before);
    }

    @Test
    void catalogWritesWriteTheirAuditEntryWithThem_andOnesRefusedAtThePlanLimitWriteNone() {
        Tenant tenant = newTenant();
        Category category = new Category(id(IdPrefix.CATEGORY), tenant.id(), "Color", null, 1, true);
        Service first = service(tenant);
        Service second = service(tenant);
        Resource staff = new Resource(id(IdPrefix.RESOURCE), tenant.id(), "Eva", ResourceType.STAFF, MADRID,
                Set.of(first.id()), true);
        Resource room = new Resource(id(IdPrefix.RESOURCE), tenant.id(), "Room", ResourceType.ROOM, MADRID, Set.of(),
                true);
        List<AuditRecord> stored = List.of(
                audit(tenant.id(), "category.created", category.id(), null, category),
                audit(tenant.id(), "category.updated", category.id(), category, category.deactivated()),
                audit(tenant.id(), "service.created", first.id(), null, first),
                audit(tenant.id(), "service.deactivated", first.id(), first, first.deactivated()),
                audit(tenant.id(), "resource.created", staff.id(), null, staff),
                audit(tenant.id(), "resource.deactivated", staff.id(), staff, staff.deactivated()));

        stores().categories().create(category, stored.get(0));
        stores().categories().update(category.deactivated(), stored.get(1));
        assertThat(stores().services().create(first, Limit.of(1), stored.get(2))).isTrue();
        assertThat(stores().services().create(second, Limit.of(1), audit(tenant.id(), "service.created", second.id(), null,
                second))).as("over the limit").isFalse();
        assertThat(stores().services().update(first.deactivated(), Limit.of(1), stored.get(3))).isTrue();
        assertThat(stores().resources().create(staff, Limit.of(1), stored.get(4))).isTrue();
        assertThat(stores().resources().create(room, Limit.of(1), audit(tenant.id(), "resource.created", room.id(), null, room)))
                .as("over the limit").isFalse();
        assertThat(stores().resources().update(staff.deactivated(), Limit.of(1), stored.get(5))).isTrue();

        assertThat(auditIds(tenant.id())).containsExactlyInAnyOrderElementsOf(
                stored.stream().map(record -> record.entry().id()).toList());
    }

    private long catalogVersion(Tenant tenant) {
        return stores().tenants().findVersioned(tenant.id()).orElseThrow().catalogVersion();
    }

    private Service service(Tenant tenant) {
        return new Service(id(IdPrefix.SERVICE), tenant.id(), null, "Cut", null, 45, 0, 0, 15,
                new Money(2500, "EUR"), 1, 0, 60, 24, false, true,
                List.of(new ResourceRequirement(ResourceType.STAFF, List.of())));
    }

    private Service newServiceWithLimit(Tenant tenant, Limit limit) {
        Service service = service(tenant);
        assertThat(stores().services().create(service, limit, null)).isTrue();
        return service;
    }
}
