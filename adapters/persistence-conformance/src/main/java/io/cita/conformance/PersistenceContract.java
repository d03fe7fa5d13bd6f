package io.cita.conformance;

import com.github.f4b6a3.ulid.UlidCreator;
import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.query.AuditEntry;
import io.cita.application.port.query.PageRequest;
import io.cita.application.port.query.UserAccount;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.BookingStatus;
import io.cita.domain.booking.Channel;
import io.cita.domain.booking.Interval;
import io.cita.domain.catalog.ResourceRequirement;
import io.cita.domain.catalog.Service;
import io.cita.domain.client.Client;
import io.cita.domain.plan.Limit;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.resource.Resource;
import io.cita.domain.resource.ResourceType;
import io.cita.domain.shared.EmailAddress;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.shared.Money;
import io.cita.domain.shared.PhoneNumber;
import io.cita.domain.tenant.BusinessType;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Slug;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.TenantStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The base of every contract suite: a store under test supplies its ports; tests build their data with fresh ids,
 * so suites share one store and never clean up.
 */
public abstract class PersistenceContract {
    protected static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    protected static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    /** The ports of the store under test; called often, so return the same instances. */
    protected abstract Stores stores();

    protected static String id(IdPrefix prefix) {
        return prefix.prefix() + UlidCreator.getMonotonicUlid();
    }

    protected static String uniqueSlug() {
        return "t-" + UlidCreator.getMonotonicUlid().toString().toLowerCase(Locale.ROOT);
    }

    protected static String uniquePhone() {
        return "+346" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A stored tenant and its owner. */
    protected record TenantWithOwner(Tenant tenant, UserAccount owner) {
    }

    protected TenantWithOwner newTenantWithOwner() {
        Tenant tenant = new Tenant(id(IdPrefix.TENANT), new Slug(uniqueSlug()), "Bella Hair Salon", BusinessType.SALON,
                MADRID, "ES", "EUR", Language.ES, PlanCode.FREE, TenantStatus.TRIAL, Map.of("color", "blue"), NOW);
        UserAccount owner = new UserAccount(id(IdPrefix.USER), new EmailAddress(uniqueSlug() + "@example.com"),
                "$2a$hash", "Ana", "García", NOW);
        stores().tenants().createWithOwner(tenant, owner, null);
        return new TenantWithOwner(tenant, owner);
    }

    protected Tenant newTenant() {
        return newTenantWithOwner().tenant();
    }

    protected Resource newResource(Tenant tenant, ResourceType type, Set<String> serviceIds) {
        Resource resource = new Resource(id(IdPrefix.RESOURCE), tenant.id(), "María", type, MADRID, serviceIds, true);
        if (!stores().resources().create(resource, Limit.unlimited(), null)) {
            throw new IllegalStateException("unlimited create refused");
        }
        return resource;
    }

    protected Service newService(Tenant tenant, int capacity, int bufferBefore, int bufferAfter) {
        Service service = new Service(id(IdPrefix.SERVICE), tenant.id(), null, "Haircut", "Cut with wash", 45,
                bufferBefore, bufferAfter, 15, new Money(2500, "EUR"), capacity, 0, 60, 24, false, true,
                List.of(new ResourceRequirement(ResourceType.STAFF, List.of())));
        if (!stores().services().create(service, Limit.unlimited(), null)) {
            throw new IllegalStateException("unlimited create refused");
        }
        return service;
    }

    protected Client newClient(Tenant tenant) {
        Client client = new Client(id(IdPrefix.CLIENT), tenant.id(), "Lucía", "Pérez", null,
                new PhoneNumber(uniquePhone()), true);
        stores().clients().create(client, null);
        return client;
    }

    /** A confirmed booking (not stored) of {@code client} for {@code service} on {@code resource} from {@code start}. */
    protected static Booking confirmedBooking(Tenant tenant, Service service, Resource resource, Client client,
                                              Instant start, int seats) {
        Instant end = start.plus(Duration.ofMinutes(service.durationMinutes()));
        String reference = id(IdPrefix.BOOKING);
        return new Booking(reference, tenant.id(), reference.substring(reference.length() - 10),
                service.id(), List.of(resource.id()), client.id(), new Interval(start, end),
                new Interval(start.minus(Duration.ofMinutes(service.bufferBeforeMinutes())),
                        end.plus(Duration.ofMinutes(service.bufferAfterMinutes()))),
                seats, BookingStatus.CONFIRMED, Channel.API, service.price(), "window seat", null, 1, NOW, NOW);
    }

    /** An audit entry of {@code action} ("client.updated": on a "client") by a user, for a store to write. */
    protected static AuditRecord audit(String tenantId, String action, String entityId, Object before, Object after) {
        return new AuditRecord(new AuditEntry(id(IdPrefix.AUDIT), tenantId, "USER", "usr_auditor", action,
                action.substring(0, action.lastIndexOf('.')), entityId, null, null, "203.0.113.7", "conformance", NOW),
                before, after);
    }

    /** The ids of the tenant's audit entries. */
    protected List<String> auditIds(String tenantId) {
        return stores().auditLog().list(tenantId, new PageRequest(100, null)).items().stream().map(AuditEntry::id)
                .toList();
    }
}
