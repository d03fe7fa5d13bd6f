package io.cita.adapters.rest.dto;

import io.cita.application.port.in.ManageNotificationTemplatesUseCase;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON shapes of notification templates. */
public final class TemplateJson {
    private TemplateJson() {
    }

    /** PUT body: the subject and the HTML body, with variables from the catalogue. */
    @Introspected
    @Schema(name = "NotificationTemplateRequest")
    public record Request(@Schema(example = "See you soon, {{client.firstName}}") @Nullable String subject,
                          @Schema(example = "<p>{{service.name}} on {{start.local}} at {{business.name}}</p>")
                          @Nullable String body) {
    }

    /** A template in use: the tenant's own ({@code custom}) or the system's default. */
    @Schema(name = "NotificationTemplate", description = "Variables: {{client.firstName}}, {{service.name}}, "
            + "{{start.local}}, {{business.name}}, {{reference}}")
    public record Response(@Schema(example = "BOOKING_CONFIRMED") String kind, @Schema(example = "EN") String language,
                           String subject, String body, boolean custom) {
        public static Response from(ManageNotificationTemplatesUseCase.Effective effective) {
            return new Response(effective.template().kind().name(), effective.language().name(),
                    effective.template().subject(), effective.template().body(), effective.custom());
        }
    }
}
