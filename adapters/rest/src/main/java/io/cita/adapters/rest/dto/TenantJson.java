package io.cita.adapters.rest.dto;

import io.cita.application.error.InvalidRequestException;
import io.cita.application.port.in.SignUpCommand;
import io.cita.application.port.in.TenantDetails;
import io.cita.domain.tenant.BusinessType;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Slug;
import io.cita.domain.tenant.Tenant;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;
import java.util.Map;

/** A tenant's JSON shapes: the signup request, the profile patch and the response. */
public final class TenantJson {
    private TenantJson() {
    }

    /** POST /v1/signup. */
    @Introspected
    public record SignupRequest(@Nullable NewTenant tenant, @Nullable Owner owner) {
        public SignUpCommand toCommand() {
            Fields.required("tenant", tenant);
            Fields.required("owner", owner);
            Slug slug;
            try {
                slug = new Slug(Fields.required("tenant.slug", tenant.slug()));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("tenant.slug", e.getMessage());
            }
            return new SignUpCommand(slug, Fields.required("tenant.name", tenant.name()),
                    Fields.orDefault(Fields.enumValue("tenant.businessType", BusinessType.class, tenant.businessType()),
                            BusinessType.OTHER),
                    Fields.zone("tenant.timezone", Fields.required("tenant.timezone", tenant.timezone())),
                    Fields.required("tenant.country", tenant.country()).toUpperCase(Locale.ROOT),
                    Fields.required("tenant.currency", tenant.currency()).toUpperCase(Locale.ROOT),
                    Fields.orDefault(Fields.enumValue("tenant.locale", Language.class, tenant.locale()), Language.ES),
                    Fields.email("owner.email", Fields.required("owner.email", owner.email())),
                    Fields.required("owner.password", owner.password()),
                    Fields.required("owner.firstName", owner.firstName()),
                    Fields.required("owner.lastName", owner.lastName()));
        }
    }

    /** The business part of a signup. */
    @Introspected
    public record NewTenant(@Nullable String slug, @Nullable String name, @Nullable String businessType,
                            @Nullable String timezone, @Nullable String country, @Nullable String currency,
                            @Nullable String locale) {
    }

    /** The owner part of a signup. */
    @Introspected
    public record Owner(@Nullable String email, @Nullable String password, @Nullable String firstName,
                        @Nullable String lastName) {
    }

    /** PATCH /v1/tenants/{id}: absent fields stay as they are. */
    @Introspected
    public record Patch(@Nullable String name, @Nullable String businessType, @Nullable String timezone,
                        @Nullable String locale, @Nullable Map<String, String> settings) {
        public TenantDetails merge(Tenant current) {
            return new TenantDetails(Fields.orDefault(name, current.name()),
                    Fields.orDefault(Fields.enumValue("businessType", BusinessType.class, businessType),
                            current.businessType()),
                    timezone == null ? current.timezone() : Fields.zone("timezone", timezone),
                    Fields.orDefault(Fields.enumValue("locale", Language.class, locale), current.locale()),
                    Fields.orDefault(settings, current.settings()));
        }
    }

    /** A tenant as the API shows it. */
    public record Response(String id, String slug, String name, String businessType, String timezone, String country,
                           String currency, String locale, String plan, String status, Map<String, String> settings,
                           String createdAt,
                           @Nullable @Schema(description = "When the free trial ends (a business on TRIAL)")
                           String trialEndsAt) {
        public static Response from(Tenant tenant) {
            return new Response(tenant.id(), tenant.slug().value(), tenant.name(), tenant.businessType().name(),
                    tenant.timezone().getId(), tenant.country(), tenant.currency(), tenant.locale().name(),
                    tenant.plan().name(), tenant.status().name(), tenant.settings(),
                    Fields.format(tenant.createdAt(), tenant.timezone()),
                    tenant.trialEndsAt() == null ? null : Fields.format(tenant.trialEndsAt(), tenant.timezone()));
        }
    }
}
