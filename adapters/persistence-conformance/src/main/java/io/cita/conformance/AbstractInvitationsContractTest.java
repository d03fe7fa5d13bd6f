package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cita.application.error.ConflictException;
import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.Invitations;
import io.cita.application.port.out.StoreOutcome;
import io.cita.application.port.query.Membership;
import io.cita.application.port.query.UserAccount;
import io.cita.domain.access.Invitation;
import io.cita.domain.access.Role;
import io.cita.domain.plan.Limit;
import io.cita.domain.shared.EmailAddress;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Contract of invitations: stored with their audit entry and found by id; accepted once, in the atomic step that adds
 * the member (and a new account) within the staff limit; a used or expired one, or a refused acceptance, changes
 * nothing.
 */
public abstract class AbstractInvitationsContractTest extends PersistenceContract {
    protected abstract Invitations invitations();

    private Invitation invitation(Tenant tenant, String email, Instant now) {
        return Invitation.issued(id(IdPrefix.INVITATION), tenant.id(), new EmailAddress(email), Role.STAFF, "res_x",
                "Eva", null, "usr_inviter", "hash-" + uniqueSlug(), now);
    }

    private static UserAccount account(String email) {
        return new UserAccount(id(IdPrefix.USER), new EmailAddress(email), "$2a$hash", "Eva", "", NOW);
    }

    @Test
    void anInvitationIsKeptWithItsAuditEntry_andAcceptedOnceIntoAMembershipAndANewAccount() {
        Tenant tenant = newTenant();
        String email = uniqueSlug() + "@example.com";
        Invitation invitation = invitation(tenant, email, NOW);
        AuditRecord invited = audit(tenant.id(), "member.invited", invitation.id(), null, null);
        invitations().save(invitation, invited);
        assertThat(invitations().find(invitation.id())).contains(invitation);
        assertThat(auditIds(tenant.id())).contains(invited.entry().id());

        UserAccount eva = account(email);
        Membership membership = new Membership(tenant.id(), eva.id(), Role.STAFF, "res_x");
        AuditRecord added = audit(tenant.id(), "member.added", eva.id(), null, null);
        assertThat(invitations().accept(invitation, membership, eva, Limit.of(5), added, NOW.plusSeconds(1)))
                .isEqualTo(StoreOutcome.DONE);
        assertThat(stores().users().membership(tenant.id(), eva.id())).contains(membership);
        assertThat(stores().users().findByEmail(email)).contains(eva);
        assertThat(auditIds(tenant.id())).contains(added.entry().id());
        assertThat(invitations().find(invitation.id()).orElseThrow().acceptedAt()).isEqualTo(NOW.plusSeconds(1));

        UserAccount again = account(uniqueSlug() + "@example.com");
        AuditRecord twice = audit(tenant.id(), "member.added", again.id(), null, null);
        assertThat(invitations().accept(invitation, new Membership(tenant.id(), again.id(), Role.STAFF, null), again,
                Limit.of(5), twice, NOW.plusSeconds(2))).isEqualTo(StoreOutcome.STALE);
        assertThat(stores().users().find(again.id())).isEmpty();
        assertThat(auditIds(tenant.id())).doesNotContain(twice.entry().id());
    }

    @Test
    void anExpiredInvitationOrAFullPlanChangesNothing_andTheInvitationStaysUsableAfterTheLimitRefusal() {
        TenantWithOwner created = newTenantWithOwner();
        Tenant tenant = created.tenant();
        Invitation old = invitation(tenant, uniqueSlug() + "@example.com", NOW.minus(Duration.ofDays(8)));
        invitations().save(old, null);
        UserAccount late = account(old.email().value());
        assertThat(invitations().accept(old, new Membership(tenant.id(), late.id(), Role.STAFF, null), late,
                Limit.unlimited(), null, NOW)).isEqualTo(StoreOutcome.STALE);
        assertThat(stores().users().find(late.id())).isEmpty();

        Invitation fresh = invitation(tenant, uniqueSlug() + "@example.com", NOW);
        invitations().save(fresh, null);
        UserAccount eva = account(fresh.email().value());
        Membership membership = new Membership(tenant.id(), eva.id(), Role.STAFF, null);
        assertThat(invitations().accept(fresh, membership, eva, Limit.of(1), null, NOW))
                .isEqualTo(StoreOutcome.LIMIT_REACHED);
        assertThat(stores().users().find(eva.id())).isEmpty();
        assertThat(invitations().find(fresh.id()).orElseThrow().acceptedAt()).isNull();
        assertThat(invitations().accept(fresh, membership, eva, Limit.of(2), null, NOW)).isEqualTo(StoreOutcome.DONE);
    }

    @Test
    void anExistingAccountJoinsWithoutANewOne_andAMemberAlreadyThereConflicts() {
        Tenant tenant = newTenant();
        UserAccount existing = newTenantWithOwner().owner();
        Invitation first = invitation(tenant, existing.email().value(), NOW);
        invitations().save(first, null);
        Membership membership = new Membership(tenant.id(), existing.id(), Role.MEMBER, null);
        assertThat(invitations().accept(first, membership, null, Limit.unlimited(), null, NOW))
                .isEqualTo(StoreOutcome.DONE);
        assertThat(stores().users().memberships(existing.id())).hasSize(2);

        Invitation second = invitation(tenant, existing.email().value(), NOW);
        invitations().save(second, null);
        assertThatThrownBy(() -> invitations().accept(second, membership, null, Limit.unlimited(), null, NOW))
                .isInstanceOf(ConflictException.class);
        assertThat(invitations().find(second.id()).orElseThrow().acceptedAt()).isNull();
    }

    @Test
    void twoAcceptancesAtOnceMakeOneMember() throws Exception {
        Tenant tenant = newTenant();
        Invitation invitation = invitation(tenant, uniqueSlug() + "@example.com", NOW);
        invitations().save(invitation, null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<StoreOutcome>> tries = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                UserAccount twin = account(uniqueSlug() + "@example.com");
                tries.add(() -> {
                    try {
                        return invitations().accept(invitation, new Membership(tenant.id(), twin.id(), Role.STAFF,
                                null), twin, Limit.unlimited(), null, NOW);
                    } catch (ConflictException e) {
                        return StoreOutcome.STALE;
                    }
                });
            }
            List<StoreOutcome> outcomes = new ArrayList<>();
            for (Future<StoreOutcome> outcome : pool.invokeAll(tries)) {
                outcomes.add(outcome.get());
            }
            assertThat(outcomes).containsOnlyOnce(StoreOutcome.DONE);
        } finally {
            pool.shutdownNow();
        }
    }
}
