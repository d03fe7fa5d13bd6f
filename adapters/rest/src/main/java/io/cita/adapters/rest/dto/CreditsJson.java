package io.cita.adapters.rest.dto;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/** Message credits a super-admin grants a tenant for a month, beyond its plan's. */
public final class CreditsJson {
    private CreditsJson() {
    }

    /** POST /v1/admin/tenants/{id}/credits. */
    @Introspected
    @Schema(name = "CreditGrant")
    public record Grant(@Nullable @Schema(example = "500", description = "1-100000 messages") Integer messages,
                        @Nullable @Schema(example = "2026-12", description = "YYYY-MM; default the business's current "
                                + "month, never a past one") String month,
                        @Nullable @Schema(description = "Why, for the audit log") String reason) {
    }

    /** The month's credits granted in all. */
    @Schema(name = "CreditsGranted")
    public record Granted(String month, long messagesGranted) {
    }
}
