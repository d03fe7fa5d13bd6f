package io.cita.adapters.dynamodb;

import io.cita.application.error.ConflictException;
import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.application.port.query.UserAccount;
import io.cita.application.port.query.VersionedTenant;
import io.cita.domain.plan.Limit;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.tenant.BusinessType;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Slug;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.TenantStatus;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Tenants in seed 000's Tenants table (PK TENANT#id, SK META#TENANT). A slug is claimed by an item PK SLUG#slug,
 * SK META#SLUG written in the same transaction as the tenant, its owner, the owner's e-mail claim and membership.
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoTenants implements Tenants {
    static final String META = "META#TENANT";
    private final DynamoStore store;

    public DynamoTenants(DynamoStore store) {
        this.store = store;
    }

    static String pk(String tenantId) {
        return "TENANT#" + tenantId;
    }

    @Override
    public void createWithOwner(Tenant tenant, UserAccount owner, boolean newAccount, AuditRecord audit) {
        List<TransactWriteItem> items = new ArrayList<>(List.of(
                putNew("Tenants", TrialQueue.queued(tenant, item(tenant))),
                putNew("Tenants", withKey(Map.of("tenantId", Attrs.s(tenant.id())), "SLUG#" + tenant.slug().value(),
                        "META#SLUG"))));
        if (newAccount) {
            items.add(putNew("Users", UserItems.user(owner)));
            items.add(putNew("Users", UserItems.emailClaim(owner)));
        }
        items.addAll(List.of(
                putNew("Users", UserItems.membership(tenant.id(), owner.id(), "OWNER", null, tenant.createdAt())),
                ActiveCounters.increment(store, tenant.id(), "MEMBERS", Limit.unlimited()),
                putNew("Tenants", SlotLockCoverage.marker(tenant.id()))));
        TenantLookupItems.Writes lookups = TenantLookupItems.changes(store, null, tenant);
        int claimAt = lookups.numberClaimAt() < 0 ? -1 : items.size() + lookups.numberClaimAt();
        items.addAll(lookups.items());
        DynamoAuditLog.addTo(items, store, audit);
        List<CancellationReason> reasons = Transactions.write(store, items);
        if (reasons == null) {
            return;
        }
        if (Transactions.conditionFailed(reasons, 0)) {
            throw new ConflictException("token", "this sign-up was confirmed already");
        }
        if (Transactions.conditionFailed(reasons, 1)) {
            throw new ConflictException("tenant.slug", "this slug is already taken");
        }
        if (newAccount && Transactions.conditionFailed(reasons, 3)) {
            throw new ConflictException("owner.email", "an account with this e-mail already exists");
        }
        throw failure(tenant, reasons, claimAt);
    }

    private static RuntimeException failure(Tenant tenant, List<CancellationReason> reasons, int claimAt) {
        if (claimAt >= 0 && Transactions.conditionFailed(reasons, claimAt)) {
            return new ConflictException("settings", "another business already uses this WhatsApp number");
        }
        return new IllegalStateException("writing tenant " + tenant.id() + " failed: " + reasons);
    }

    private TransactWriteItem putNew(String table, Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(store.table(table)).item(item)
                .conditionExpression("attribute_not_exists(PK)").build()).build();
    }

    private static Map<String, AttributeValue> withKey(Map<String, AttributeValue> attributes, String pk, String sk) {
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key(pk, sk));
        item.putAll(attributes);
        return item;
    }

    @Override
    public Optional<VersionedTenant> findVersioned(String tenantId) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table("Tenants")).key(Attrs.key(pk(tenantId), META)).consistentRead(true).build())).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(versioned(item));
    }

    /** The tenant of its META#TENANT item, with the catalog version the item carries. */
    static VersionedTenant versioned(Map<String, AttributeValue> item) {
        return new VersionedTenant(map(item), CatalogVersions.of(item));
    }

    @Override
    public Optional<Tenant> findBySlug(String slug) {
        Map<String, AttributeValue> claim = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table("Tenants")).key(Attrs.key("SLUG#" + slug, "META#SLUG")).consistentRead(true)
                .build())).item();
        return claim == null || claim.isEmpty() ? Optional.empty() : find(Attrs.str(claim, "tenantId"));
    }

    /**
     * Sets each attribute of the tenant's item but its key, leaving others (its catalog version) as they are; a new
     * trial end queues the trial again.
     */
    @Override
    public void update(Tenant tenant, AuditRecord audit) {
        Optional<Tenant> before = find(tenant.id());
        if (before.isEmpty()) {
            return;
        }
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> assignments = new ArrayList<>();
        Map<String, AttributeValue> item = item(tenant);
        if (tenant.trialEndsAt() != null && !tenant.trialEndsAt().equals(before.get().trialEndsAt())) {
            item.putAll(TrialQueue.keys(tenant));
        }
        item.forEach((attribute, value) -> {
            if (!attribute.equals("PK") && !attribute.equals("SK")) {
                String at = String.valueOf(assignments.size());
                names.put("#a" + at, attribute);
                values.put(":v" + at, value);
                assignments.add("#a" + at + " = :v" + at);
            }
        });
        List<TransactWriteItem> items = new ArrayList<>(List.of(TransactWriteItem.builder().update(Update.builder()
                .tableName(store.table("Tenants")).key(Attrs.key(pk(tenant.id()), META))
                .updateExpression("SET " + String.join(", ", assignments)).conditionExpression("attribute_exists(PK)")
                .expressionAttributeNames(names).expressionAttributeValues(values).build()).build()));
        TenantLookupItems.Writes lookups = TenantLookupItems.changes(store, before.get(), tenant);
        int claimAt = lookups.numberClaimAt() < 0 ? -1 : items.size() + lookups.numberClaimAt();
        items.addAll(lookups.items());
        DynamoAuditLog.addTo(items, store, audit);
        List<CancellationReason> reasons = Transactions.write(store, items);
        if (reasons != null && !Transactions.conditionFailed(reasons, 0)) {
            throw failure(tenant, reasons, claimAt);
        }
    }

    @Override
    public List<Tenant> claimTrialsEnded(String owner, Instant now, Duration lease, int limit) {
        return TrialQueue.claim(store, owner, now, lease, limit).stream().map(DynamoTenants::map).toList();
    }

    @Override
    public void trialApplied(String tenantId, Instant trialEndsAt) {
        TrialQueue.applied(store, Attrs.key(pk(tenantId), META), trialEndsAt);
    }

    @Override
    public Optional<Tenant> findByWhatsAppNumber(String phoneNumberId) {
        return TenantLookupItems.numberHolder(store, phoneNumberId).flatMap(this::find);
    }

    /** The tenants of the name-key items, read in one consistent batch. */
    @Override
    public List<Tenant> withNameKeys(Set<String> keys, int limit) {
        List<Map<String, AttributeValue>> tenantKeys = TenantLookupItems.withNameKeys(store, keys, limit).stream()
                .map(id -> Attrs.key(pk(id), META)).toList();
        Map<String, Map<String, AttributeValue>> found = BatchReads.consistent(store, "Tenants", tenantKeys);
        return tenantKeys.stream().map(key -> found.get(BatchReads.id(key))).filter(Objects::nonNull)
                .map(DynamoTenants::map).toList();
    }

    /** Every tenant, by a filtered scan: only super-admins list tenants, and rarely. */
    @Override
    public Page<Tenant> list(PageRequest page) {
        return DynamoPages.scan(store, ScanRequest.builder().tableName(store.table("Tenants"))
                .filterExpression("SK = :meta").expressionAttributeValues(Map.of(":meta", Attrs.s(META))).build(),
                page, List.of("PK", "SK"), DynamoTenants::map);
    }

    static Map<String, AttributeValue> item(Tenant tenant) {
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key(pk(tenant.id()), META));
        item.put("tenantId", Attrs.s(tenant.id()));
        item.put("slug", Attrs.s(tenant.slug().value()));
        item.put("name", Attrs.s(tenant.name()));
        item.put("businessType", Attrs.s(tenant.businessType().name()));
        item.put("country", Attrs.s(tenant.country()));
        item.put("timezone", Attrs.s(tenant.timezone().getId()));
        item.put("currency", Attrs.s(tenant.currency()));
        item.put("locale", Attrs.s(tenant.locale().name().toLowerCase(Locale.ROOT)));
        item.put("plan", Attrs.s(tenant.plan().name()));
        item.put("status", Attrs.s(tenant.status().name()));
        item.put("settings", Attrs.stringMap(tenant.settings()));
        item.put("createdAt", Attrs.s(Attrs.exact(tenant.createdAt())));
        Attrs.putIfPresent(item, "trialEndsAt", Attrs.exact(tenant.trialEndsAt()));
        item.put("updatedAt", Attrs.s(Attrs.exact(Instant.now())));
        return item;
    }

    /** Reads Cita's items and seed 000's (plan "PRO", no slug, currency or locale) alike. */
    static Tenant map(Map<String, AttributeValue> item) {
        String id = Attrs.str(item, "tenantId");
        String country = Optional.ofNullable(Attrs.str(item, "country")).orElse("ES").toUpperCase(Locale.ROOT);
        Map<String, String> settings = Attrs.strMap(item, "settings");
        String slug = Attrs.str(item, "slug");
        String locale = Optional.ofNullable(Attrs.str(item, "locale")).orElse(settings.getOrDefault("widget.language", "es"));
        String currency = Attrs.str(item, "currency");
        if (currency == null) {
            currency = Currency.getInstance(new Locale("", country)).getCurrencyCode();
        }
        return new Tenant(id, new Slug(slug != null ? slug : id.toLowerCase(Locale.ROOT).replace('_', '-')),
                Attrs.str(item, "name"),
                BusinessType.valueOf(Optional.ofNullable(Attrs.str(item, "businessType")).orElse("OTHER")
                        .toUpperCase(Locale.ROOT)),
                ZoneId.of(Optional.ofNullable(Attrs.str(item, "timezone")).orElse("UTC")), country, currency,
                Language.valueOf(locale.toUpperCase(Locale.ROOT)), plan(Attrs.str(item, "plan")),
                TenantStatus.valueOf(Optional.ofNullable(Attrs.str(item, "status")).orElse("ACTIVE")
                        .toUpperCase(Locale.ROOT)), settings, Attrs.instant(item, "createdAt"),
                Attrs.instant(item, "trialEndsAt"));
    }

    private static PlanCode plan(String value) {
        if (value == null) {
            return PlanCode.FREE;
        }
        return "PRO".equalsIgnoreCase(value) ? PlanCode.PROFESSIONAL : PlanCode.valueOf(value.toUpperCase(Locale.ROOT));
    }
}
