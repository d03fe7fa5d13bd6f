package io.cita.domain.notification;

import io.cita.domain.tenant.Language;
import java.util.Map;

/**
 * The system's texts of a request for feedback after a visit, in Spanish and English (seed 003's INITIAL, REMINDER,
 * FOLLOWUP_HAPPY and FOLLOWUP_UNHAPPY, with a thanks for a business without a review link and the help for an answer
 * that is no rating). They go by SMS or WhatsApp, so each is one short paragraph; {@code {{link}}} is the review link
 * or the private form's.
 */
final class FeedbackTemplates {
    private static final Map<NotificationKind, MessageTemplate> ES = Map.of(
            NotificationKind.FEEDBACK_REQUEST, template(NotificationKind.FEEDBACK_REQUEST,
                    "¿Qué tal tu visita a {{business.name}}?",
                    "Hola {{client.firstName}}, gracias por visitar {{business.name}}. ¿Cómo valorarías tu visita "
                            + "del 1 al 5? Responde con un número. Responde BAJA para no recibir más mensajes."),
            NotificationKind.FEEDBACK_REMINDER, template(NotificationKind.FEEDBACK_REMINDER,
                    "¿Nos cuentas qué tal tu visita?",
                    "Hola {{client.firstName}}, ¿nos cuentas qué tal tu visita a {{business.name}}? Responde con un "
                            + "número del 1 al 5. BAJA para no recibir más mensajes."),
            NotificationKind.FEEDBACK_HAPPY, template(NotificationKind.FEEDBACK_HAPPY, "¡Gracias!",
                    "¡Gracias, {{client.firstName}}! Nos alegra mucho. ¿Nos ayudas con una reseña? {{link}}"),
            NotificationKind.FEEDBACK_THANKS, template(NotificationKind.FEEDBACK_THANKS, "¡Gracias!",
                    "¡Gracias, {{client.firstName}}! Nos alegra mucho que te gustara. Te esperamos en "
                            + "{{business.name}}."),
            NotificationKind.FEEDBACK_UNHAPPY, template(NotificationKind.FEEDBACK_UNHAPPY, "Gracias por contárnoslo",
                    "Gracias por contárnoslo, {{client.firstName}}. Sentimos que no fuera perfecto. Cuéntanos qué "
                            + "pasó; solo lo leerá {{business.name}}: {{link}}"),
            NotificationKind.FEEDBACK_HELP, template(NotificationKind.FEEDBACK_HELP, "Cómo responder",
                    "Para valorar tu visita a {{business.name}}, responde con un número del 1 al 5 (5 es lo mejor). "
                            + "Si querías otra cosa, vuelve a escribirnos. BAJA para no recibir más mensajes."));
    private static final Map<NotificationKind, MessageTemplate> EN = Map.of(
            NotificationKind.FEEDBACK_REQUEST, template(NotificationKind.FEEDBACK_REQUEST,
                    "How was your visit to {{business.name}}?",
                    "Hi {{client.firstName}}, thanks for visiting {{business.name}}. How would you rate your visit "
                            + "from 1 to 5? Reply with a number. Reply STOP to opt out."),
            NotificationKind.FEEDBACK_REMINDER, template(NotificationKind.FEEDBACK_REMINDER,
                    "How was your visit?",
                    "Hi {{client.firstName}}, how was your visit to {{business.name}}? Reply with a number from 1 to "
                            + "5. STOP to opt out."),
            NotificationKind.FEEDBACK_HAPPY, template(NotificationKind.FEEDBACK_HAPPY, "Thank you!",
                    "Thank you, {{client.firstName}}! We are so glad. Would you leave us a review? {{link}}"),
            NotificationKind.FEEDBACK_THANKS, template(NotificationKind.FEEDBACK_THANKS, "Thank you!",
                    "Thank you, {{client.firstName}}! We are so glad you liked it. See you soon at "
                            + "{{business.name}}."),
            NotificationKind.FEEDBACK_UNHAPPY, template(NotificationKind.FEEDBACK_UNHAPPY, "Thank you for telling us",
                    "Thank you for telling us, {{client.firstName}}. We are sorry it was not perfect. Tell us what "
                            + "happened; only {{business.name}} will read it: {{link}}"),
            NotificationKind.FEEDBACK_HELP, template(NotificationKind.FEEDBACK_HELP, "How to answer",
                    "To rate your visit to {{business.name}}, reply with a number from 1 to 5 (5 is the best). If you "
                            + "meant something else, write to us again. STOP to opt out."));

    private FeedbackTemplates() {
    }

    static MessageTemplate of(NotificationKind kind, Language language) {
        return (language == Language.EN ? EN : ES).get(kind);
    }

    private static MessageTemplate template(NotificationKind kind, String subject, String body) {
        return new MessageTemplate(kind, subject, body);
    }
}
