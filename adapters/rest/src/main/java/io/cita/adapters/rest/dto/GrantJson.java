package io.cita.adapters.rest.dto;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/** What a super-admin gives a tenant: message credits for a month beyond its plan's, days of free trial. */
public final class GrantJson {
    private GrantJson() {
    }

    /** POST /v1/admin/tenants/{id}/credits. */
    @Introspected
    @Schema(name = "CreditGrant")
    public record Grant(@Nullable @Schema(example = "500", description = "1-100000 messages") Integer messages,
                        @Nullable @Schema(example = "2026-12", description = "YYYY-MM; default the business's current "
                                + "month, never a past one") String month,
                        @Nullable @Schema(description = "Why, for the audit log") String reason) {
    }

    /** POST /v1/admin/tenants/{id}/trial. */
    @Introspected
    @Schema(name = "TrialExtension")
    public record TrialExtension(@Nullable @Schema(example = "14", description = "1-90 days") Integer days) {
    }

    /** The month's credits granted in all. */
    @Schema(name = "CreditsGranted")
    public record Granted(String month, long messagesGranted) {
    }
}
