package io.cita.application.service.delivery;

import io.cita.application.port.out.EmailComposer;
import io.cita.application.port.out.PhoneMessage;
import io.cita.application.port.out.PhoneSender;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.notification.MessageTemplate;
import io.cita.domain.notification.NotificationKind;
import io.cita.domain.tenant.Tenant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a notification for one channel from the business's template in its language: the e-mail as a whole MIME
 * message (with its calendar invitation, except for reminders), an SMS as the body's plain text, a WhatsApp message as
 * the approved template {@code cita_<kind>} with the values as its parameters.
 */
class MessageComposition {
    private static final Pattern BREAK = Pattern.compile("(?i)</p>|<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private final EmailComposer composer;
    private final NotificationTemplateService templates;
    private final Map<DeliveryChannel, PhoneSender> phones = new EnumMap<>(DeliveryChannel.class);

    MessageComposition(EmailComposer composer, NotificationTemplateService templates, List<PhoneSender> senders) {
        this.composer = composer;
        this.templates = templates;
        senders.forEach(sender -> phones.put(sender.channel(), sender));
    }

    /** The payload of {@code kind} on {@code channel}; null when there is no sender for that channel. */
    String payload(DeliveryChannel channel, NotificationKind kind, BookingMessage message) {
        if (channel == DeliveryChannel.EMAIL) {
            return email(kind, message, message.address(channel));
        }
        return phonePayload(channel, kind, message.tenant(), message.values(), message.parameters());
    }

    /**
     * The payload of {@code kind} on the phone {@code channel} for {@code tenant}: the template's body written with
     * {@code values}, or WhatsApp's template with {@code parameters}; null when there is no sender for that channel.
     */
    String phonePayload(DeliveryChannel channel, NotificationKind kind, Tenant tenant, Map<String, String> values,
                        List<String> parameters) {
        PhoneSender sender = phones.get(channel);
        if (sender == null) {
            return null;
        }
        MessageTemplate template = templates.inUse(tenant.id(), kind, tenant.locale());
        String text = plain(composer.render(template.body(), values, false));
        return sender.compose(new PhoneMessage(text, "cita_" + kind.name().toLowerCase(Locale.ROOT),
                tenant.locale().name().toLowerCase(Locale.ROOT), parameters, tenant.whatsAppNumberId().orElse(null)));
    }

    /** The e-mail of {@code kind} to {@code to}, with its calendar invitation unless it is a reminder. */
    String email(NotificationKind kind, BookingMessage message, String to) {
        Tenant tenant = message.tenant();
        MessageTemplate template = templates.inUse(tenant.id(), kind, tenant.locale());
        Map<String, String> values = message.values();
        EmailComposer.Invite invite = kind == NotificationKind.BOOKING_REMINDER ? null
                : new EmailComposer.Invite(message.booking().id() + "@cita", message.booking().version(),
                message.booking().time().start(), message.booking().time().end(),
                message.service().name() + " · " + tenant.name(), kind.cancelsTheEvent());
        return composer.compose(to, composer.render(template.subject(), values, false),
                composer.render(template.body(), values, true), invite);
    }

    /** An HTML body as one line of text: paragraphs and breaks become spaces, tags go. */
    static String plain(String html) {
        return TAG.matcher(BREAK.matcher(html).replaceAll(" ")).replaceAll("").replaceAll("\\s+", " ").trim();
    }
}
