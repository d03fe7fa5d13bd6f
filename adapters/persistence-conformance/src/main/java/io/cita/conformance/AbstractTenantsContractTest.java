package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cita.application.error.ConflictException;
import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.query.Membership;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.application.port.query.UserAccount;
import io.cita.domain.access.Role;
import io.cita.domain.plan.DefaultPlans;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.shared.EmailAddress;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.tenant.BusinessType;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Slug;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.TenantStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Contract of the Tenants, Users and Plans ports. */
public abstract class AbstractTenantsContractTest extends PersistenceContract {

    @Test
    void givenATenantCreatedWithItsOwner_itIsFoundByIdAndSlug_andTheOwnerIsItsMember() {
        TenantWithOwner created = newTenantWithOwner();
        Tenant tenant = created.tenant();

        assertThat(stores().tenants().find(tenant.id())).contains(tenant);
        assertThat(stores().tenants().findBySlug(tenant.slug().value())).contains(tenant);
        assertThat(stores().users().findByEmail(created.owner().email().value())).contains(created.owner());
        assertThat(stores().users().memberships(created.owner().id()))
                .containsExactly(new Membership(tenant.id(), created.owner().id(), Role.OWNER, null));
        assertThat(stores().users().membership(tenant.id(), created.owner().id())).isPresent();
        assertThat(stores().users().membership(newTenant().id(), created.owner().id())).isEmpty();
    }

    @Test
    void givenATakenSlug_creatingAnotherTenantWithItConflicts_andCreatesNoUser() {
        Tenant first = newTenant();
        Tenant second = new Tenant(id(IdPrefix.TENANT), first.slug(), "Other", BusinessType.SPA, MADRID, "ES", "EUR",
                Language.EN, PlanCode.FREE, TenantStatus.TRIAL, Map.of(), NOW);
        String email = uniqueSlug() + "@example.com";
        UserAccount owner = new UserAccount(id(IdPrefix.USER), new EmailAddress(email), "$2a$x", "A", "B", NOW);

        assertThatThrownBy(() -> stores().tenants().createWithOwner(second, owner,
                audit(second.id(), "tenant.created", second.id(), null, second)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).field()).isEqualTo("tenant.slug");
        assertThat(stores().users().findByEmail(email)).isEmpty();
        assertThat(stores().tenants().find(second.id())).isEmpty();
        assertThat(auditIds(second.id())).isEmpty();
    }

    @Test
    void givenATakenOwnerEmail_signingUpAgainConflicts_andCreatesNoTenant() {
        String email = newTenantWithOwner().owner().email().value();
        Tenant second = new Tenant(id(IdPrefix.TENANT), new Slug(uniqueSlug()), "Other", BusinessType.SPA, MADRID,
                "ES", "EUR", Language.EN, PlanCode.FREE, TenantStatus.TRIAL, Map.of(), NOW);
        UserAccount owner = new UserAccount(id(IdPrefix.USER), new EmailAddress(email), "$2a$x", "A", "B", NOW);

        assertThatThrownBy(() -> stores().tenants().createWithOwner(second, owner,
                audit(second.id(), "tenant.created", second.id(), null, second)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).field()).isEqualTo("owner.email");
        assertThat(stores().tenants().find(second.id())).isEmpty();
        assertThat(auditIds(second.id())).isEmpty();
    }

    @Test
    void anExistingAccountBecomesTheOwnerOfAnotherTenant_withoutASecondAccount() {
        UserAccount owner = newTenantWithOwner().owner();
        Tenant second = new Tenant(id(IdPrefix.TENANT), new Slug(uniqueSlug()), "Second", BusinessType.SPA, MADRID,
                "ES", "EUR", Language.EN, PlanCode.FREE, TenantStatus.TRIAL, Map.of(), NOW);

        stores().tenants().createWithOwner(second, owner, false, audit(second.id(), "tenant.created", second.id(),
                null, second));
        assertThat(stores().tenants().find(second.id())).contains(second);
        assertThat(stores().users().memberships(owner.id())).extracting(Membership::tenantId).contains(second.id());
        assertThat(stores().users().membership(second.id(), owner.id()).orElseThrow().role()).isEqualTo(Role.OWNER);
        assertThat(stores().users().findByEmail(owner.email().value())).contains(owner);
        Tenant again = new Tenant(id(IdPrefix.TENANT), second.slug(), "Again", BusinessType.SPA, MADRID, "ES", "EUR",
                Language.EN, PlanCode.FREE, TenantStatus.TRIAL, Map.of(), NOW);
        assertThatThrownBy(() -> stores().tenants().createWithOwner(again, owner, false, null))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).field()).isEqualTo("tenant.slug");
    }

    @Test
    void givenAnUpdatedProfile_theTenantReadsBackChanged_withItsAuditEntry() {
        Tenant tenant = newTenant();
        Tenant changed = tenant.withProfile("Bella Spa", BusinessType.SPA, ZoneId.of("America/Santiago"), Language.EN,
                Map.of("theme", "dark"));
        AuditRecord updated = audit(tenant.id(), "tenant.updated", tenant.id(), tenant, changed);

        stores().tenants().update(changed, updated);

        assertThat(stores().tenants().find(tenant.id())).contains(changed);
        assertThat(auditIds(tenant.id())).containsExactly(updated.entry().id());
    }

    @Test
    void givenASignUp_theTenantIsCreatedWithItsAuditEntry() {
        Tenant tenant = new Tenant(id(IdPrefix.TENANT), new Slug(uniqueSlug()), "Studio", BusinessType.FITNESS, MADRID,
                "ES", "EUR", Language.ES, PlanCode.FREE, TenantStatus.TRIAL, Map.of(), NOW);
        UserAccount owner = new UserAccount(id(IdPrefix.USER), new EmailAddress(uniqueSlug() + "@example.com"),
                "$2a$x", "A", "B", NOW);
        AuditRecord created = audit(tenant.id(), "tenant.created", tenant.id(), null, tenant);

        stores().tenants().createWithOwner(tenant, owner, created);

        assertThat(stores().tenants().find(tenant.id())).contains(tenant);
        assertThat(auditIds(tenant.id())).containsExactly(created.entry().id());
    }

    @Test
    void aTrialsEnd_isKeptFromSignUp_extended_andNotLostByOtherChanges() {
        Tenant tenant = new Tenant(id(IdPrefix.TENANT), new Slug(uniqueSlug()), "Studio", BusinessType.FITNESS, MADRID,
                "ES", "EUR", Language.ES, PlanCode.FREE, TenantStatus.TRIAL, Map.of(), NOW, NOW.plus(Tenant.TRIAL));
        stores().tenants().createWithOwner(tenant, new UserAccount(id(IdPrefix.USER),
                new EmailAddress(uniqueSlug() + "@example.com"), "$2a$x", "A", "B", NOW), null);
        assertThat(stores().tenants().find(tenant.id()).orElseThrow().trialEndsAt()).isEqualTo(NOW.plus(Tenant.TRIAL));

        Tenant extended = tenant.withTrialEnd(NOW.plus(Tenant.TRIAL).plus(Tenant.TRIAL));
        stores().tenants().update(extended, null);
        assertThat(stores().tenants().find(tenant.id())).contains(extended);
        Tenant paying = extended.withSubscription(PlanCode.STARTER, TenantStatus.ACTIVE);
        stores().tenants().update(paying, null);
        assertThat(stores().tenants().find(tenant.id())).contains(paying);
        assertThat(stores().tenants().findBySlug(tenant.slug().value()).orElseThrow().trialEndsAt())
                .isEqualTo(extended.trialEndsAt());
    }

    @Test
    void anEndedTrial_isClaimedByOneInstanceAtATime_untilApplied_andANewEndQueuesItAgain() throws Exception {
        Duration lease = Duration.ofMinutes(2);
        Tenant ended = trialTenant(NOW.minus(Duration.ofDays(1)));
        Tenant running = trialTenant(NOW.plus(Duration.ofDays(1)));
        Tenant none = trialTenant(null);
        Set<String> mine = Set.of(ended.id(), running.id(), none.id());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> claimed = new ArrayList<>();
        try {
            List<Callable<List<String>>> claims = List.of(() -> trialsClaimed(mine, "a", NOW, lease),
                    () -> trialsClaimed(mine, "b", NOW, lease));
            for (var claim : pool.invokeAll(claims)) {
                claimed.addAll(claim.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(claimed).as("claimed by one instance").containsExactly(ended.id());
        assertThat(trialsClaimed(mine, "c", NOW.plusSeconds(60), lease)).as("while the lease runs").isEmpty();
        Instant later = NOW.plus(lease).plusSeconds(1);
        assertThat(trialsClaimed(mine, "c", later, lease)).as("a lapsed lease").containsExactly(ended.id());

        stores().tenants().trialApplied(ended.id(), ended.trialEndsAt());
        Instant evenLater = later.plus(lease).plusSeconds(1);
        assertThat(trialsClaimed(mine, "d", evenLater, lease)).as("an applied trial").isEmpty();

        Tenant endedAgain = ended.withTrialEnd(NOW.minusSeconds(30));
        stores().tenants().update(endedAgain, null);
        stores().tenants().trialApplied(ended.id(), ended.trialEndsAt());
        assertThat(trialsClaimed(mine, "e", evenLater, lease)).as("a new end, and the old one's applying leaves it")
                .containsExactly(ended.id());
        stores().tenants().trialApplied(ended.id(), endedAgain.trialEndsAt());
        stores().tenants().update(endedAgain.withProfile("Renamed", endedAgain.businessType(),
                endedAgain.timezone(), endedAgain.locale(), endedAgain.settings()), null);
        assertThat(trialsClaimed(mine, "f", evenLater.plus(lease).plusSeconds(1), lease))
                .as("applied, then changed otherwise than its end").isEmpty();
        assertThat(stores().tenants().find(ended.id()).orElseThrow().name()).isEqualTo("Renamed");
    }

    private Tenant trialTenant(Instant trialEnd) {
        Tenant tenant = new Tenant(id(IdPrefix.TENANT), new Slug(uniqueSlug()), "Trial", BusinessType.SALON, MADRID,
                "ES", "EUR", Language.ES, PlanCode.FREE, TenantStatus.TRIAL, Map.of(), NOW, trialEnd);
        stores().tenants().createWithOwner(tenant, new UserAccount(id(IdPrefix.USER),
                new EmailAddress(uniqueSlug() + "@example.com"), "$2a$x", "A", "B", NOW), null);
        return tenant;
    }

    private List<String> trialsClaimed(Set<String> tenants, String owner, Instant now, Duration lease) {
        return stores().tenants().claimTrialsEnded(owner, now, lease, 50).stream().map(Tenant::id)
                .filter(tenants::contains).toList();
    }

    @Test
    void everyTenantIsListedOnceAcrossPages() {
        List<String> created = List.of(newTenant().id(), newTenant().id(), newTenant().id());
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<Tenant> page = stores().tenants().list(new PageRequest(2, cursor));
            assertThat(page.items().size()).isLessThanOrEqualTo(2);
            page.items().forEach(tenant -> seen.add(tenant.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(seen).containsAll(created).doesNotHaveDuplicates();
    }

    @Test
    void plansCarryTheDefaultLimits() {
        for (PlanCode code : PlanCode.values()) {
            assertThat(stores().plans().plan(code)).isEqualTo(DefaultPlans.of(code));
        }
    }

    @Test
    void anUnknownTenantIsNotFound() {
        assertThat(stores().tenants().find(id(IdPrefix.TENANT))).isEmpty();
        assertThat(stores().tenants().findBySlug(uniqueSlug())).isEmpty();
    }

}
