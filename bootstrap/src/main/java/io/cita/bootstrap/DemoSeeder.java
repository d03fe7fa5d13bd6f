package io.cita.bootstrap;

import io.cita.application.port.in.Actor;
import io.cita.application.port.in.CategoryDetails;
import io.cita.application.port.in.ManageCategoriesUseCase;
import io.cita.application.port.in.ManageResourcesUseCase;
import io.cita.application.port.in.ManageServicesUseCase;
import io.cita.application.port.in.ResourceDetails;
import io.cita.application.port.in.ServiceDetails;
import io.cita.application.port.in.SignUpCommand;
import io.cita.application.port.in.SignUpUseCase;
import io.cita.application.port.out.Tenants;
import io.cita.domain.catalog.ResourceRequirement;
import io.cita.domain.catalog.Service;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.resource.Resource;
import io.cita.domain.resource.ResourceType;
import io.cita.domain.schedule.WeeklyRule;
import io.cita.domain.shared.EmailAddress;
import io.cita.domain.shared.Money;
import io.cita.domain.tenant.BusinessType;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Slug;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.TenantStatus;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds seed 001's sample business on the embedded store's first start: Bella Hair Salon (Europe/Madrid) with its
 * services, resources and Monday-Saturday schedules, and an owner who can log in.
 */
@Singleton
@Requires(property = "cita.demo.seed", value = "true")
public class DemoSeeder {
    static final String SLUG = "bella-hair-salon";
    static final String OWNER_EMAIL = "owner@bellahair.example";
    static final String OWNER_PASSWORD = "cita-demo-2026";
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
    private final SignUpUseCase signUp;
    private final ManageCategoriesUseCase categories;
    private final ManageServicesUseCase services;
    private final ManageResourcesUseCase resources;
    private final Tenants tenants;

    public DemoSeeder(SignUpUseCase signUp, ManageCategoriesUseCase categories, ManageServicesUseCase services,
                      ManageResourcesUseCase resources, Tenants tenants) {
        this.signUp = signUp;
        this.categories = categories;
        this.services = services;
        this.resources = resources;
        this.tenants = tenants;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (tenants.findBySlug(SLUG).isEmpty()) {
            seed();
        }
        LOG.info("Demo tenant '{}' is ready: log in with {} / {}", SLUG, OWNER_EMAIL, OWNER_PASSWORD);
    }

    private void seed() {
        ZoneId madrid = ZoneId.of("Europe/Madrid");
        Tenant tenant = signUp.signUpConfirmed(new SignUpCommand(new Slug(SLUG), "Bella Hair Salon", BusinessType.SALON,
                madrid, "ES", "EUR", Language.ES, new EmailAddress(OWNER_EMAIL), OWNER_PASSWORD, "María", "García")).tenant();
        tenants.update(tenant.withSubscription(PlanCode.PROFESSIONAL, TenantStatus.ACTIVE), null);
        Actor actor = Actor.system();
        String id = tenant.id();
        String haircuts = categories.create(id, new CategoryDetails("Haircuts", null, 1), actor).id();
        String color = categories.create(id, new CategoryDetails("Color", null, 2), actor).id();
        String nails = categories.create(id, new CategoryDetails("Nails", null, 3), actor).id();
        Service haircut = services.create(id, service(haircuts, "Haircut", "Custom cut with wash", 45, 2500,
                List.of(ResourceType.STAFF)), actor);
        Service fullColor = services.create(id, service(color, "Full Color", "Full color from roots to ends", 120, 6500,
                List.of(ResourceType.STAFF, ResourceType.ROOM)), actor);
        Service manicure = services.create(id, service(nails, "Manicure", "Complete manicure with polish", 60, 2000,
                List.of(ResourceType.EQUIPMENT)), actor);
        Resource maria = resources.create(id, new ResourceDetails("María García", ResourceType.STAFF, madrid,
                Set.of(haircut.id(), fullColor.id()), true), actor);
        Resource chair = resources.create(id, new ResourceDetails("Main Chair", ResourceType.ROOM, madrid,
                Set.of(fullColor.id()), true), actor);
        Resource table = resources.create(id, new ResourceDetails("Manicure Table", ResourceType.EQUIPMENT, madrid,
                Set.of(manicure.id()), true), actor);
        for (Resource resource : List.of(maria, chair, table)) {
            resources.replaceSchedule(id, resource.id(), mondayToSaturday(), actor);
        }
        LOG.info("Seeded the demo tenant '{}' ({})", SLUG, id);
    }

    private static ServiceDetails service(String categoryId, String name, String description, int minutes, long cents,
                                          List<ResourceType> needs) {
        return new ServiceDetails(categoryId, name, description, minutes, 0, 10, 15, new Money(cents, "EUR"), 1, 60, 60,
                24, false, true, needs.stream().map(type -> new ResourceRequirement(type, List.of())).toList());
    }

    private static List<WeeklyRule> mondayToSaturday() {
        List<WeeklyRule> rules = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day == DayOfWeek.SUNDAY) {
                continue;
            }
            rules.add(new WeeklyRule(day, LocalTime.of(9, 0), LocalTime.of(14, 0), null, null));
            if (day != DayOfWeek.SATURDAY) {
                rules.add(new WeeklyRule(day, LocalTime.of(15, 0), LocalTime.of(19, 0), null, null));
            }
        }
        return rules;
    }
}
