package io.cita.domain.tenant;

import io.cita.domain.plan.PlanCode;
import io.cita.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A business using Cita: its identity, locale, plan and subscription status, and when its free trial ends (null when
 * none was recorded: a business from before trials had an end, or one made from seed data).
 */
public record Tenant(String id, Slug slug, String name, BusinessType businessType, ZoneId timezone,
                     String country, String currency, Language locale, PlanCode plan, TenantStatus status,
                     Map<String, String> settings, Instant createdAt, Instant trialEndsAt) {
    /** The setting that gives a business a WhatsApp number of its own (the Cloud API's phone number id). */
    public static final String WHATSAPP_NUMBER_SETTING = "whatsapp.phoneNumberId";
    /** How long a new business's free trial lasts. */
    public static final Duration TRIAL = Duration.ofDays(14);

    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(businessType, "businessType");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidValueException("name must be 1-100 characters");
        }
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new InvalidValueException("country must be an ISO 3166-1 alpha-2 code");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new InvalidValueException("currency must be an ISO 4217 code");
        }
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    /** A tenant without a recorded trial end. */
    public Tenant(String id, Slug slug, String name, BusinessType businessType, ZoneId timezone, String country,
                  String currency, Language locale, PlanCode plan, TenantStatus status, Map<String, String> settings,
                  Instant createdAt) {
        this(id, slug, name, businessType, timezone, country, currency, locale, plan, status, settings, createdAt,
                null);
    }

    /** The business's own WhatsApp number id, when it has one instead of sharing Cita's. */
    public Optional<String> whatsAppNumberId() {
        return Optional.ofNullable(settings.get(WHATSAPP_NUMBER_SETTING)).filter(id -> !id.isBlank());
    }

    public Tenant withProfile(String newName, BusinessType newType, ZoneId newZone, Language newLocale,
                              Map<String, String> newSettings) {
        return new Tenant(id, slug, newName, newType, newZone, country, currency, newLocale, plan, status,
                newSettings, createdAt, trialEndsAt);
    }

    public Tenant withSubscription(PlanCode newPlan, TenantStatus newStatus) {
        return new Tenant(id, slug, name, businessType, timezone, country, currency, locale, newPlan, newStatus,
                settings, createdAt, trialEndsAt);
    }

    /** This tenant with its trial ending at {@code end}. */
    public Tenant withTrialEnd(Instant end) {
        return new Tenant(id, slug, name, businessType, timezone, country, currency, locale, plan, status, settings,
                createdAt, end);
    }
}
