package io.cita.adapters.postgres;

import io.cita.application.error.ConflictException;
import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.application.port.query.UserAccount;
import io.cita.application.port.query.VersionedTenant;
import io.cita.domain.conversation.BusinessNames;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.tenant.BusinessType;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Slug;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.TenantStatus;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Tenants, with their owner created in the same transaction, in seed 001's tenants and tenant_users tables. */
@Singleton
@Requires(env = "postgres")
public class PostgresTenants implements Tenants {
    /** A tenant's columns as selected (its settings as text). */
    private static final List<String> TENANT_COLUMNS = List.of("id", "slug", "name", "business_type", "country",
            "timezone", "locale", "currency", "settings::text", "plan_code", "subscription_status", "created_at",
            "trial_ends_at");
    private static final String COLUMNS = TENANT_COLUMNS.stream().map(column -> column + " AS " + name(column))
            .collect(Collectors.joining(", "));
    private final PostgresTransactions tx;

    public PostgresTenants(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void createWithOwner(Tenant tenant, UserAccount owner, boolean newAccount, AuditRecord audit) {
        try {
            tx.write(c -> {
                Sql.update(c, "INSERT INTO tenants (id, slug, name, business_type, country, timezone, locale, currency, "
                                + "settings, plan_code, subscription_status, created_at, updated_at, name_keys, "
                                + "trial_ends_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)",
                        tenant.id(), tenant.slug().value(), tenant.name(), Sql.lower(tenant.businessType()),
                        tenant.country(), tenant.timezone().getId(), Sql.lower(tenant.locale()), tenant.currency(),
                        Json.write(tenant.settings()), tenant.plan().name(), Sql.lower(tenant.status()),
                        tenant.createdAt(), tenant.createdAt(), nameKeys(tenant), tenant.trialEndsAt());
                if (newAccount) {
                    Sql.update(c, "INSERT INTO users (id, email, password_hash, first_name, last_name, created_at, "
                                    + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            owner.id(), owner.email().value(), owner.passwordHash(), owner.firstName(),
                            owner.lastName(), owner.createdAt(), owner.createdAt());
                }
                Sql.update(c, "INSERT INTO tenant_users (tenant_id, user_id, role, is_primary, created_at) "
                        + "VALUES (?, ?, 'owner', TRUE, ?)", tenant.id(), owner.id(), tenant.createdAt());
                PostgresAuditLog.insert(c, audit);
                return null;
            });
        } catch (StoreException e) {
            if (e.isUniqueViolationOf("tenants_pkey")) {
                throw new ConflictException("token", "this sign-up was confirmed already");
            }
            if (e.isUniqueViolationOf("tenants_slug_key")) {
                throw new ConflictException("tenant.slug", "this slug is already taken");
            }
            if (e.isUniqueViolationOf("users_email_key")) {
                throw new ConflictException("owner.email", "an account with this e-mail already exists");
            }
            throw numberTaken(e);
        }
    }

    private static RuntimeException numberTaken(StoreException e) {
        return e.isUniqueViolationOf("tenants_whatsapp_number_key")
                ? new ConflictException("settings", "another business already uses this WhatsApp number") : e;
    }

    private static List<String> nameKeys(Tenant tenant) {
        return List.copyOf(BusinessNames.keys(tenant.name(), tenant.slug().value()));
    }

    @Override
    public Optional<VersionedTenant> findVersioned(String tenantId) {
        return tx.read(c -> Sql.one(c, rs -> versionedRow(rs, ""),
                "SELECT " + versionedColumns("") + " FROM tenants t WHERE t.id = ?", tenantId));
    }

    @Override
    public Optional<Tenant> findBySlug(String slug) {
        return tx.read(c -> Sql.one(c, PostgresTenants::map, "SELECT " + COLUMNS + " FROM tenants WHERE slug = ?", slug));
    }

    @Override
    public Optional<Tenant> findByWhatsAppNumber(String phoneNumberId) {
        return tx.read(c -> Sql.one(c, PostgresTenants::map, "SELECT " + COLUMNS + " FROM tenants WHERE "
                + "settings ->> '" + Tenant.WHATSAPP_NUMBER_SETTING + "' = ?", phoneNumberId));
    }

    @Override
    public List<Tenant> withNameKeys(Set<String> keys, int limit) {
        List<String> typed = List.copyOf(keys);
        return keys.isEmpty() ? List.of() : tx.read(c -> Sql.query(c, PostgresTenants::map, "SELECT " + COLUMNS
                + " FROM tenants WHERE name_keys && ? ORDER BY (SELECT count(*) FROM unnest(name_keys) k "
                + "WHERE k = ANY(?)) DESC, id LIMIT ?", typed, typed, limit));
    }

    @Override
    public void update(Tenant tenant, AuditRecord audit) {
        try {
            PostgresAuditLog.changeOne(tx, audit, c -> Sql.update(c, "UPDATE tenants SET name = ?, business_type = ?, "
                            + "timezone = ?, locale = ?, settings = ?::jsonb, plan_code = ?, subscription_status = ?, "
                            + "name_keys = ?, trial_ends_at = COALESCE(?, trial_ends_at), "
                            + "trial_applied = trial_applied AND trial_ends_at IS NOT DISTINCT FROM "
                            + "COALESCE(?, trial_ends_at), updated_at = now(), version = version + 1 WHERE id = ?",
                    tenant.name(), Sql.lower(tenant.businessType()), tenant.timezone().getId(),
                    Sql.lower(tenant.locale()), Json.write(tenant.settings()), tenant.plan().name(),
                    Sql.lower(tenant.status()), nameKeys(tenant), tenant.trialEndsAt(), tenant.trialEndsAt(),
                    tenant.id()));
        } catch (StoreException e) {
            throw numberTaken(e);
        }
    }

    @Override
    public List<Tenant> claimTrialsEnded(String owner, Instant now, Duration lease, int limit) {
        return tx.writeOne(c -> Sql.query(c, PostgresTenants::map, "UPDATE tenants SET trial_claimed_by = ?, "
                + "trial_claim_expires_at = ? WHERE id IN (SELECT id FROM tenants WHERE NOT trial_applied "
                + "AND trial_ends_at <= ? AND (trial_claim_expires_at IS NULL OR trial_claim_expires_at < ?) "
                + "ORDER BY trial_ends_at LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING " + COLUMNS,
                owner, now.plus(lease), now, now, limit));
    }

    @Override
    public void trialApplied(String tenantId, Instant trialEndsAt) {
        tx.write(c -> Sql.update(c, "UPDATE tenants SET trial_applied = TRUE, trial_claim_expires_at = NULL "
                + "WHERE id = ? AND trial_ends_at = ?", tenantId, trialEndsAt));
    }

    @Override
    public Page<Tenant> list(PageRequest page) {
        return tx.read(c -> Pages.byId(c, PostgresTenants::map, Tenant::id, "SELECT " + COLUMNS + " FROM tenants WHERE TRUE",
                page));
    }

    private static Tenant map(ResultSet rs) throws SQLException {
        return map(rs, "");
    }

    /** The columns of a versioned tenant of the table aliased {@code t}, each named with {@code prefix} first. */
    static String versionedColumns(String prefix) {
        return Stream.concat(TENANT_COLUMNS.stream(), Stream.of("catalog_version"))
                .map(column -> "t." + column + " AS " + prefix + name(column))
                .collect(Collectors.joining(", "));
    }

    /** The versioned tenant of a row with {@link #versionedColumns}; empty when the row has none. */
    static Optional<VersionedTenant> versioned(ResultSet rs, String prefix) throws SQLException {
        return rs.getString(prefix + "id") == null ? Optional.empty() : Optional.of(versionedRow(rs, prefix));
    }

    private static VersionedTenant versionedRow(ResultSet rs, String prefix) throws SQLException {
        return new VersionedTenant(map(rs, prefix), rs.getLong(prefix + "catalog_version"));
    }

    /** A selected column's name in the result ({@code settings::text} is {@code settings}). */
    private static String name(String column) {
        return column.replace("::text", "");
    }

    private static Tenant map(ResultSet rs, String prefix) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>(Json.readStringMap(rs.getString(prefix + "settings")));
        return new Tenant(rs.getString(prefix + "id"), new Slug(rs.getString(prefix + "slug")),
                rs.getString(prefix + "name"), Sql.upper(BusinessType.class, rs.getString(prefix + "business_type")),
                ZoneId.of(rs.getString(prefix + "timezone")), rs.getString(prefix + "country"),
                rs.getString(prefix + "currency"), Sql.upper(Language.class, rs.getString(prefix + "locale")),
                PlanCode.valueOf(rs.getString(prefix + "plan_code")),
                Sql.upper(TenantStatus.class, rs.getString(prefix + "subscription_status")), settings,
                Sql.instant(rs, prefix + "created_at"), Sql.instant(rs, prefix + "trial_ends_at"));
    }
}
