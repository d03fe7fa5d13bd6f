package io.cita.adapters.rest.dto;

import io.cita.application.port.in.Actor;
import io.cita.application.port.in.BookCommand;
import io.cita.domain.booking.Channel;
import io.cita.domain.tenant.Tenant;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** The JSON shapes of the public (widget) API. */
public final class PublicJson {
    private PublicJson() {
    }

    /** What a customer may know of a business. */
    public record Business(String slug, String name, String businessType, String timezone, String locale,
                           String currency) {
        public static Business from(Tenant tenant) {
            return new Business(tenant.slug().value(), tenant.name(), tenant.businessType().name(),
                    tenant.timezone().getId(), tenant.locale().name(), tenant.currency());
        }
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
                    Fields.seats("seats", seats), notes, Channel.WIDGET, actor);
        }
    }

    /** The customer's proof of a booking: its phone number or e-mail. */
    @Introspected
    public record Contact(@Nullable String contact, @Nullable String reason, @Nullable String start) {
    }
}
