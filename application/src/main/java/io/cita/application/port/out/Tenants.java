package io.cita.application.port.out;

import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.application.port.query.UserAccount;
import io.cita.application.port.query.VersionedTenant;
import io.cita.domain.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Outgoing persistence port for tenants. */
public interface Tenants {
    /**
     * Stores a new tenant with its owner, the owner's membership and its audit entry (null: none) in one atomic step;
     * a taken slug or e-mail, or a tenant id that exists (a sign-up confirmed twice), conflicts and writes nothing.
     */
    default void createWithOwner(Tenant tenant, UserAccount owner, AuditRecord audit) {
        createWithOwner(tenant, owner, true, audit);
    }

    /**
     * As {@link #createWithOwner(Tenant, UserAccount, AuditRecord)}; with {@code newAccount} false the owner is an
     * account that exists already, which only becomes the new tenant's owner.
     */
    void createWithOwner(Tenant tenant, UserAccount owner, boolean newAccount, AuditRecord audit);

    default Optional<Tenant> find(String tenantId) {
        return findVersioned(tenantId).map(VersionedTenant::tenant);
    }

    /** The tenant with its catalog version, read in one step. */
    Optional<VersionedTenant> findVersioned(String tenantId);

    Optional<Tenant> findBySlug(String slug);

    /**
     * The tenant whose own WhatsApp number ({@link Tenant#WHATSAPP_NUMBER_SETTING}) is {@code phoneNumberId}, found by
     * a unique index: at most one tenant has a number.
     */
    Optional<Tenant> findByWhatsAppNumber(String phoneNumberId);

    /**
     * Up to {@code limit} tenants with one of {@code keys} among the {@code BusinessNames.keys} of their name and
     * slug, found by an index, so the cost follows the matches and not the number of tenants.
     */
    List<Tenant> withNameKeys(Set<String> keys, int limit);

    /**
     * Changes the tenant's own fields with its audit entry in one atomic step; its catalog version stays as it is. A
     * WhatsApp number another tenant has conflicts and writes nothing.
     */
    void update(Tenant tenant, AuditRecord audit);

    /**
     * Claims for {@code owner} until {@code now + lease} up to {@code limit} tenants whose free trial ended by
     * {@code now} and has not been {@linkplain #trialApplied applied}; one whose lease another instance holds is passed
     * over. A trial whose end changes is claimable again.
     */
    List<Tenant> claimTrialsEnded(String owner, Instant now, Duration lease, int limit);

    /** The trial of the tenant that ended at {@code trialEndsAt} has been applied: it is claimed no more. */
    void trialApplied(String tenantId, Instant trialEndsAt);

    /** Every tenant, for the platform's super-admins. */
    Page<Tenant> list(PageRequest page);
}
