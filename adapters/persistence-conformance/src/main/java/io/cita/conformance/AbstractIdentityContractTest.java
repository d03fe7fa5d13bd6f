package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.cita.application.error.ConflictException;
import io.cita.application.port.out.LoginAttempts;
import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.Members;
import io.cita.application.port.out.Session;
import io.cita.application.port.out.SessionAccess;
import io.cita.application.port.query.ApiKey;
import io.cita.application.port.query.AuditEntry;
import io.cita.application.port.query.Member;
import io.cita.application.port.query.Membership;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.application.port.query.UserAccount;
import io.cita.application.port.query.VersionedTenant;
import io.cita.domain.access.Role;
import io.cita.domain.plan.Limit;
import io.cita.domain.shared.EmailAddress;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract of the Members, ApiKeys, Sessions, LoginAttempts and Users ports. */
public abstract class AbstractIdentityContractTest extends PersistenceContract {

    private UserAccount newUser() {
        return new UserAccount(id(IdPrefix.USER), new EmailAddress(uniqueSlug() + "@example.com"), "$2a$hash", "Eva",
                "Soto", NOW);
    }

    @Test
    void membersCountTheOwner_andTheLimitHoldsForNewAndExistingUsers() {
        TenantWithOwner created = newTenantWithOwner();
        Tenant tenant = created.tenant();
        UserAccount eva = newUser();

        assertThat(stores().members().add(new Membership(tenant.id(), eva.id(), Role.STAFF, null), eva, Limit.of(1), null))
                .isFalse();
        assertThat(stores().users().find(eva.id())).isEmpty();
        assertThat(stores().members().add(new Membership(tenant.id(), eva.id(), Role.STAFF, "res_x"), eva, Limit.of(2), null))
                .isTrue();
        assertThat(stores().users().find(eva.id())).contains(eva);
        assertThat(stores().users().membership(tenant.id(), eva.id()))
                .contains(new Membership(tenant.id(), eva.id(), Role.STAFF, "res_x"));

        UserAccount existing = newTenantWithOwner().owner();
        assertThat(stores().members().add(new Membership(tenant.id(), existing.id(), Role.MEMBER, null), null, Limit.of(2), null))
                .isFalse();
        assertThat(stores().members().add(new Membership(tenant.id(), existing.id(), Role.MEMBER, null), null, Limit.unlimited(),
                null))
                .isTrue();
        assertThat(stores().users().memberships(existing.id())).hasSize(2);
    }

    @Test
    void addingAMemberTwiceOrATakenEmailConflicts() {
        Tenant tenant = newTenant();
        UserAccount eva = newUser();
        stores().members().add(new Membership(tenant.id(), eva.id(), Role.STAFF, null), eva, Limit.unlimited(), null);

        assertThatThrownBy(() -> stores().members().add(new Membership(tenant.id(), eva.id(), Role.ADMIN, null), null,
                Limit.unlimited(), null))
                .isInstanceOf(ConflictException.class);
        UserAccount twin = new UserAccount(id(IdPrefix.USER), eva.email(), "$2a$x", "Twin", "", NOW);
        assertThatThrownBy(() -> stores().members().add(new Membership(newTenant().id(), twin.id(), Role.STAFF, null),
                twin, Limit.unlimited(), null)).isInstanceOf(ConflictException.class);
        assertThat(stores().users().find(twin.id())).isEmpty();
    }

    @Test
    void membersAreListedPagedUpdatedAndRemoved() {
        TenantWithOwner created = newTenantWithOwner();
        Tenant tenant = created.tenant();
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UserAccount user = newUser();
            stores().members().add(new Membership(tenant.id(), user.id(), Role.MEMBER, null), user, Limit.unlimited(), null);
            added.add(user.id());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<Member> page = stores().members().list(tenant.id(), new PageRequest(2, cursor));
            page.items().forEach(member -> seen.add(member.membership().userId()));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(seen).containsExactlyInAnyOrder(created.owner().id(), added.get(0), added.get(1), added.get(2));

        assertThat(stores().members().update(new Membership(tenant.id(), added.get(0), Role.MANAGER, null), null))
                .isTrue();
        assertThat(stores().users().membership(tenant.id(), added.get(0)).orElseThrow().role()).isEqualTo(Role.MANAGER);
        assertThat(stores().members().remove(tenant.id(), added.get(1), null)).isTrue();
        assertThat(stores().members().remove(tenant.id(), added.get(1), null)).isFalse();
        assertThat(stores().users().membership(tenant.id(), added.get(1))).isEmpty();
        UserAccount late = newUser();
        assertThat(stores().members().add(new Membership(tenant.id(), late.id(), Role.STAFF, null), late, Limit.of(4), null))
                .isTrue();
    }

    @Test
    void aSessionIsReadWithItsUsersMembershipOfOneTenant_andTheTenant_eachEmptyWhereThereIsNone() {
        TenantWithOwner salon = newTenantWithOwner();
        Tenant other = newTenant();
        Session session = session(salon.owner().id());
        stores().sessions().create(session);

        SessionAccess both = stores().sessions().findWithMembership(session.id(), salon.tenant().id(),
                salon.owner().id());
        SessionAccess foreign = stores().sessions().findWithMembership(session.id(), other.id(), salon.owner().id());
        SessionAccess unknown = stores().sessions().findWithMembership(id(IdPrefix.SESSION), salon.tenant().id(),
                salon.owner().id());

        assertThat(both.session()).contains(session);
        assertThat(both.membership()).contains(new Membership(salon.tenant().id(), salon.owner().id(), Role.OWNER, null));
        assertThat(foreign.session()).contains(session);
        assertThat(foreign.membership()).isEmpty();
        assertThat(unknown.session()).isEmpty();
        assertThat(unknown.membership()).isPresent();
        assertThat(both.tenant()).isEqualTo(stores().tenants().findVersioned(salon.tenant().id()));
        assertThat(both.tenant()).map(VersionedTenant::tenant).contains(salon.tenant());
        assertThat(foreign.tenant()).isEqualTo(stores().tenants().findVersioned(other.id()));
        assertThat(stores().sessions().findWithMembership(session.id(), id(IdPrefix.TENANT), salon.owner().id())
                .tenant()).as("no such tenant").isEmpty();
    }

    @Test
    void aSessionRotatesOnce_andRevokingAllEndsEveryOne() {
        UserAccount user = newTenantWithOwner().owner();
        Session first = session(user.id());
        Session second = session(user.id());
        Session third = session(user.id());
        stores().sessions().create(first);

        assertThat(stores().sessions().find(first.id())).contains(first);
        assertThat(stores().sessions().rotate(first.id(), second, NOW)).isTrue();
        assertThat(stores().sessions().rotate(first.id(), third, NOW)).isFalse();
        assertThat(stores().sessions().find(third.id())).isEmpty();
        assertThat(stores().sessions().find(first.id()).orElseThrow().revokedAt()).isEqualTo(NOW);
        assertThat(stores().sessions().find(first.id()).orElseThrow().replacedBy()).isEqualTo(second.id());

        Session other = session(user.id());
        stores().sessions().create(other);
        stores().sessions().revokeAll(user.id(), NOW);
        assertThat(stores().sessions().find(second.id()).orElseThrow().activeAt(NOW)).isFalse();
        assertThat(stores().sessions().find(other.id()).orElseThrow().activeAt(NOW)).isFalse();
        stores().sessions().revoke(other.id(), NOW.plusSeconds(5));
        assertThat(stores().sessions().find(other.id()).orElseThrow().revokedAt()).isEqualTo(NOW);
        assertThat(stores().sessions().find(other.id()).orElseThrow().replacedBy()).isNull();
    }

    private Session session(String userId) {
        return new Session(id(IdPrefix.SESSION), userId, "hash-" + uniqueSlug(), NOW.plus(Duration.ofDays(30)), NOW,
                null, null, "203.0.113.7", "curl/8");
    }

    @Test
    void failuresCountPerEmailAndAddress_sinceTheWindowAndTheLastSuccess() {
        String email = uniqueSlug() + "@example.com";
        Instant start = NOW.minusSeconds(600);
        for (int i = 0; i < 3; i++) {
            stores().loginAttempts().record(email, "203.0.113.7", false, "wrong_password", start.plusSeconds(i));
        }
        stores().loginAttempts().record(email, "198.51.100.1", false, "wrong_password", start.plusSeconds(5));

        assertThat(stores().loginAttempts().recentFailures(email, "203.0.113.7", start.minusSeconds(1))).isEqualTo(3);
        assertThat(stores().loginAttempts().recentFailures(email, "203.0.113.7", start.plusSeconds(1))).isEqualTo(1);
        assertThat(stores().loginAttempts().recentFailures(email, "198.51.100.1", start.minusSeconds(1))).isEqualTo(1);

        stores().loginAttempts().record(email, "203.0.113.7", true, null, start.plusSeconds(10));
        stores().loginAttempts().record(email, "203.0.113.7", false, "wrong_password", start.plusSeconds(11));
        assertThat(stores().loginAttempts().recentFailures(email, "203.0.113.7", start.minusSeconds(1))).isEqualTo(1);
    }

    @Test
    void anAccountsFailuresCountFromEveryAddress_sinceItsLastSuccessAnywhere_andAnAddressIsKnownByItsSuccess() {
        String email = uniqueSlug() + "@example.com";
        Instant start = NOW.minusSeconds(600);
        LoginAttempts attempts = stores().loginAttempts();
        assertThat(attempts.accountFailures(email, start)).isEqualTo(new LoginAttempts.AccountFailures(0, null));
        attempts.record(email, "203.0.113.7", true, null, start);
        for (int i = 1; i <= 4; i++) {
            attempts.record(email, "198.51.100." + i, false, "wrong_password", start.plusSeconds(i));
        }
        attempts.record(uniqueSlug() + "@example.com", "198.51.100.1", false, "wrong_password", start.plusSeconds(9));

        assertThat(attempts.accountFailures(email, start.minusSeconds(1)))
                .isEqualTo(new LoginAttempts.AccountFailures(4, start.plusSeconds(4)));
        assertThat(attempts.accountFailures(email, start.plusSeconds(2)).count()).isEqualTo(2);
        assertThat(attempts.succeededFrom(email, "203.0.113.7", start.minusSeconds(1))).isTrue();
        assertThat(attempts.succeededFrom(email, "198.51.100.1", start.minusSeconds(1))).isFalse();
        assertThat(attempts.succeededFrom(email, "203.0.113.7", start.plusSeconds(1))).as("not since").isFalse();

        attempts.record(email, "198.51.100.9", true, null, start.plusSeconds(20));
        assertThat(attempts.accountFailures(email, start.minusSeconds(1)).count()).as("a success anywhere resets")
                .isZero();
    }

    @Test
    void apiKeysAreFoundByPrefix_listedPerTenant_touchedAndRevoked() {
        Tenant tenant = newTenant();
        ApiKey key = new ApiKey(id(IdPrefix.API_KEY), tenant.id(), ApiKey.Kind.PUBLISHABLE, "widget",
                "pk_live_" + uniqueSlug().substring(2, 14), "hash-" + uniqueSlug(), List.of("https://salon.example"),
                true, NOW, null);
        stores().apiKeys().create(key, null);

        assertThat(stores().apiKeys().findByPrefix(key.prefix())).containsExactly(key);
        assertThat(stores().apiKeys().find(tenant.id(), key.id())).contains(key);
        assertThat(stores().apiKeys().find(newTenant().id(), key.id())).isEmpty();
        assertThat(stores().apiKeys().list(tenant.id(), new PageRequest(10, null)).items()).containsExactly(key);

        stores().apiKeys().touch(tenant.id(), key.id(), NOW.plusSeconds(60));
        assertThat(stores().apiKeys().find(tenant.id(), key.id()).orElseThrow().lastUsedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(stores().apiKeys().revoke(tenant.id(), key.id(), null)).isTrue();
        assertThat(stores().apiKeys().findByPrefix(key.prefix()).get(0).active()).isFalse();
        assertThat(stores().apiKeys().revoke(newTenant().id(), key.id(), null)).isFalse();
    }

    @Test
    void memberChangesWriteTheirAuditEntryWithThem_andRefusedOnesWriteNone() {
        Tenant tenant = newTenant();
        UserAccount eva = newUser();
        UserAccount refused = newUser();
        Membership staff = new Membership(tenant.id(), eva.id(), Role.STAFF, null);
        Membership manager = new Membership(tenant.id(), eva.id(), Role.MANAGER, null);
        Membership nobody = new Membership(tenant.id(), refused.id(), Role.STAFF, null);
        AuditRecord added = audit(tenant.id(), "member.added", eva.id(), null, staff);
        AuditRecord updated = audit(tenant.id(), "member.updated", eva.id(), null, manager);
        AuditRecord removed = audit(tenant.id(), "member.removed", eva.id(), null, null);

        assertThat(stores().members().add(staff, eva, Limit.unlimited(), added)).isTrue();
        assertThat(stores().members().add(nobody, refused, Limit.of(1),
                audit(tenant.id(), "member.added", refused.id(), null, nobody)))
                .as("over the staff limit").isFalse();
        assertThat(stores().members().update(manager, updated)).isTrue();
        assertThat(stores().members().update(nobody,
                audit(tenant.id(), "member.updated", refused.id(), null, nobody)))
                .as("no such member").isFalse();
        assertThat(stores().members().remove(tenant.id(), eva.id(), removed)).isTrue();
        assertThat(stores().members().remove(tenant.id(), eva.id(),
                audit(tenant.id(), "member.removed", eva.id(), null, null)))
                .as("already removed").isFalse();

        assertThat(stores().auditLog().list(tenant.id(), new PageRequest(50, null)).items())
                .extracting(AuditEntry::id, AuditEntry::action)
                .containsExactlyInAnyOrder(tuple(added.entry().id(), "member.added"),
                        tuple(updated.entry().id(), "member.updated"), tuple(removed.entry().id(), "member.removed"));
    }

    @Test
    void apiKeyChangesWriteTheirAuditEntryWithThem_andARefusedRevocationWritesNone() {
        Tenant tenant = newTenant();
        ApiKey key = new ApiKey(id(IdPrefix.API_KEY), tenant.id(), ApiKey.Kind.SECRET, "backend",
                "sk_live_" + uniqueSlug().substring(2, 14), "hash-" + uniqueSlug(), List.of(), true, NOW, null);
        AuditRecord created = audit(tenant.id(), "api-key.created", key.id(), null, key.name());
        AuditRecord revoked = audit(tenant.id(), "api-key.revoked", key.id(), null, null);

        stores().apiKeys().create(key, created);
        assertThat(stores().apiKeys().revoke(tenant.id(), id(IdPrefix.API_KEY),
                audit(tenant.id(), "api-key.revoked", "unknown", null, null))).as("no such key").isFalse();
        assertThat(stores().apiKeys().revoke(tenant.id(), key.id(), revoked)).isTrue();

        List<AuditEntry> entries = stores().auditLog().list(tenant.id(), new PageRequest(50, null)).items();
        assertThat(entries).extracting(AuditEntry::id)
                .containsExactlyInAnyOrder(created.entry().id(), revoked.entry().id());
        assertThat(entries).filteredOn(entry -> entry.action().equals("api-key.created"))
                .singleElement().satisfies(entry -> assertThat(entry.newValues()).contains("backend"));
    }

    @Test
    void aSuperAdminIsMarkedAsSuch() {
        UserAccount admin = newUser();
        stores().users().saveSuperAdmin(admin);
        assertThat(stores().users().isSuperAdmin(admin.id())).isTrue();
        assertThat(stores().users().findByEmail(admin.email().value())).isPresent();
        assertThat(stores().users().isSuperAdmin(newTenantWithOwner().owner().id())).isFalse();
    }
}
