package io.cita.adapters.rest.dto;

import io.cita.application.port.in.Actor;
import io.cita.application.port.in.BookCommand;
import io.cita.application.port.in.PlaceHoldCommand;
import io.cita.domain.booking.Channel;
import io.cita.domain.notification.NotificationSettings;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.WidgetSettings;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;

/** The JSON shapes of the public (widget) API. */
public final class PublicJson {
    private PublicJson() {
    }

    /** What a customer may know of a business. */
    public record Business(String slug, String name, String businessType, String timezone, String locale,
                           String currency, Widget widget) {
        public static Business from(Tenant tenant) {
            return new Business(tenant.slug().value(), tenant.name(), tenant.businessType().name(),
                    tenant.timezone().getId(), tenant.locale().name(), tenant.currency(), new Widget(
                    NotificationSettings.orDefault(() -> WidgetSettings.primaryColor(tenant.settings()),
                            WidgetSettings.DEFAULT_PRIMARY_COLOR),
                    NotificationSettings.orDefault(() -> WidgetSettings.language(tenant.settings(), tenant.locale()),
                            tenant.locale()).name().toLowerCase(Locale.ROOT)));
        }
    }

    /** How the business's booking widget looks: its primary colour and the language it opens in (es or en). */
    @Schema(name = "WidgetLook")
    public record Widget(@Schema(example = "#0F766E") String primaryColor, @Schema(example = "es") String language) {
    }

    /** POST /v1/public/{slug}/bookings: always a described client, always the WIDGET channel. */
    @Introspected
    public record BookingRequest(@Nullable String serviceId, @Nullable String start, @Nullable List<String> resourceIds,
                                 @Nullable String holdId, @Nullable ClientJson.Request client, @Nullable Integer seats,
                                 @Nullable String notes) {
        public BookCommand toCommand(String tenantId, Actor actor) {
            return new BookCommand(tenantId, Fields.required("serviceId", serviceId),
                    Fields.required("start", Fields.instant("start", start)), Fields.orDefault(resourceIds, List.of()),
                    holdId, null, Fields.required("client", client).toDetails(null, "client."),
                    Fields.orDefault(seats, 1), notes, Channel.WIDGET, actor);
        }
    }

    /**
     * POST /v1/public/{slug}/holds: a slot to hold for a few minutes, and who holds it (a phone number or an e-mail,
     * required: an anonymous stranger may not hold a business's slots).
     */
    @Introspected
    public record HoldRequest(@Nullable String serviceId, @Nullable String start, @Nullable List<String> resourceIds,
                              @Nullable Integer seats, @Nullable String contact) {
        public PlaceHoldCommand toCommand(String tenantId, Actor actor) {
            return new PlaceHoldCommand(tenantId, Fields.required("serviceId", serviceId),
                    Fields.required("start", Fields.instant("start", start)), Fields.orDefault(resourceIds, List.of()),
                    Fields.orDefault(seats, 1), actor);
        }

        /** The contact as one spelling per person (E.164, or the e-mail in lower case); 400 naming it if invalid. */
        public String holder() {
            String given = Fields.required("contact", contact).trim();
            return given.contains("@") ? Fields.email("contact", given).value()
                    : Fields.phone("contact", given).value();
        }
    }

    /** The customer's proof of a booking: its phone number or e-mail. */
    @Introspected
    public record Contact(@Nullable String contact, @Nullable String reason, @Nullable String start) {
    }
}
