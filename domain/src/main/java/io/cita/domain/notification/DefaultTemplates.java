package io.cita.domain.notification;

import io.cita.domain.tenant.Language;
import java.util.Map;

/** The system's notification templates in Spanish and English (a tenant's own come with the templates API). */
public final class DefaultTemplates {
    private static final Map<NotificationKind, MessageTemplate> ES = Map.of(
            NotificationKind.BOOKING_CONFIRMED, new MessageTemplate(NotificationKind.BOOKING_CONFIRMED,
                    "Reserva confirmada: {{service.name}} el {{start.local}}",
                    "<p>Hola {{client.firstName}}:</p><p>Tu reserva de <b>{{service.name}}</b> en {{business.name}} "
                            + "está confirmada para el {{start.local}}.</p><p>Código: {{reference}}</p>"),
            NotificationKind.BOOKING_PENDING, new MessageTemplate(NotificationKind.BOOKING_PENDING,
                    "Reserva pendiente de confirmación: {{service.name}}",
                    "<p>Hola {{client.firstName}}:</p><p>Recibimos tu reserva de <b>{{service.name}}</b> para el "
                            + "{{start.local}}. {{business.name}} la confirmará pronto.</p><p>Código: {{reference}}</p>"),
            NotificationKind.BOOKING_RESCHEDULED, new MessageTemplate(NotificationKind.BOOKING_RESCHEDULED,
                    "Reserva cambiada: {{service.name}} el {{start.local}}",
                    "<p>Hola {{client.firstName}}:</p><p>Tu reserva de <b>{{service.name}}</b> en {{business.name}} "
                            + "pasó al {{start.local}}.</p><p>Código: {{reference}}</p>"),
            NotificationKind.BOOKING_CANCELLED, new MessageTemplate(NotificationKind.BOOKING_CANCELLED,
                    "Reserva cancelada: {{service.name}}",
                    "<p>Hola {{client.firstName}}:</p><p>Tu reserva de <b>{{service.name}}</b> del {{start.local}} en "
                            + "{{business.name}} fue cancelada.</p><p>Código: {{reference}}</p>"),
            NotificationKind.BOOKING_REMINDER, new MessageTemplate(NotificationKind.BOOKING_REMINDER,
                    "Recordatorio: {{service.name}} el {{start.local}}",
                    "<p>Hola {{client.firstName}}:</p><p>Te recordamos tu reserva de <b>{{service.name}}</b> en "
                            + "{{business.name}} el {{start.local}}.</p><p>Código: {{reference}}</p>"),
            NotificationKind.STAFF_BOOKING_NEW, new MessageTemplate(NotificationKind.STAFF_BOOKING_NEW,
                    "Nueva reserva: {{service.name}} el {{start.local}}",
                    "<p>{{client.firstName}} reservó <b>{{service.name}}</b> para el {{start.local}}.</p>"
                            + "<p>Código: {{reference}}</p>"),
            NotificationKind.STAFF_BOOKING_MOVED, new MessageTemplate(NotificationKind.STAFF_BOOKING_MOVED,
                    "Reserva cambiada: {{service.name}} el {{start.local}}",
                    "<p>La reserva de {{client.firstName}} (<b>{{service.name}}</b>) pasó al {{start.local}}.</p>"
                            + "<p>Código: {{reference}}</p>"),
            NotificationKind.STAFF_BOOKING_CANCELLED, new MessageTemplate(NotificationKind.STAFF_BOOKING_CANCELLED,
                    "Reserva cancelada: {{service.name}} el {{start.local}}",
                    "<p>Se canceló la reserva de {{client.firstName}} (<b>{{service.name}}</b>) del "
                            + "{{start.local}}.</p><p>Código: {{reference}}</p>"));
    private static final Map<NotificationKind, MessageTemplate> EN = Map.of(
            NotificationKind.BOOKING_CONFIRMED, new MessageTemplate(NotificationKind.BOOKING_CONFIRMED,
                    "Booking confirmed: {{service.name}} on {{start.local}}",
                    "<p>Hi {{client.firstName}},</p><p>Your <b>{{service.name}}</b> at {{business.name}} is confirmed "
                            + "for {{start.local}}.</p><p>Reference: {{reference}}</p>"),
            NotificationKind.BOOKING_PENDING, new MessageTemplate(NotificationKind.BOOKING_PENDING,
                    "Booking awaiting confirmation: {{service.name}}",
                    "<p>Hi {{client.firstName}},</p><p>We received your <b>{{service.name}}</b> booking for "
                            + "{{start.local}}. {{business.name}} will confirm it soon.</p><p>Reference: {{reference}}</p>"),
            NotificationKind.BOOKING_RESCHEDULED, new MessageTemplate(NotificationKind.BOOKING_RESCHEDULED,
                    "Booking moved: {{service.name}} on {{start.local}}",
                    "<p>Hi {{client.firstName}},</p><p>Your <b>{{service.name}}</b> at {{business.name}} moved to "
                            + "{{start.local}}.</p><p>Reference: {{reference}}</p>"),
            NotificationKind.BOOKING_CANCELLED, new MessageTemplate(NotificationKind.BOOKING_CANCELLED,
                    "Booking cancelled: {{service.name}}",
                    "<p>Hi {{client.firstName}},</p><p>Your <b>{{service.name}}</b> on {{start.local}} at "
                            + "{{business.name}} was cancelled.</p><p>Reference: {{reference}}</p>"),
            NotificationKind.BOOKING_REMINDER, new MessageTemplate(NotificationKind.BOOKING_REMINDER,
                    "Reminder: {{service.name}} on {{start.local}}",
                    "<p>Hi {{client.firstName}},</p><p>A reminder of your <b>{{service.name}}</b> at {{business.name}} "
                            + "on {{start.local}}.</p><p>Reference: {{reference}}</p>"),
            NotificationKind.STAFF_BOOKING_NEW, new MessageTemplate(NotificationKind.STAFF_BOOKING_NEW,
                    "New booking: {{service.name}} on {{start.local}}",
                    "<p>{{client.firstName}} booked <b>{{service.name}}</b> for {{start.local}}.</p>"
                            + "<p>Reference: {{reference}}</p>"),
            NotificationKind.STAFF_BOOKING_MOVED, new MessageTemplate(NotificationKind.STAFF_BOOKING_MOVED,
                    "Booking moved: {{service.name}} on {{start.local}}",
                    "<p>{{client.firstName}}'s booking (<b>{{service.name}}</b>) moved to {{start.local}}.</p>"
                            + "<p>Reference: {{reference}}</p>"),
            NotificationKind.STAFF_BOOKING_CANCELLED, new MessageTemplate(NotificationKind.STAFF_BOOKING_CANCELLED,
                    "Booking cancelled: {{service.name}} on {{start.local}}",
                    "<p>{{client.firstName}}'s booking (<b>{{service.name}}</b>) on {{start.local}} was "
                            + "cancelled.</p><p>Reference: {{reference}}</p>"));

    private DefaultTemplates() {
    }

    public static MessageTemplate of(NotificationKind kind, Language language) {
        if (kind.aboutFeedback()) {
            return FeedbackTemplates.of(kind, language);
        }
        return (language == Language.EN ? EN : ES).get(kind);
    }
}
