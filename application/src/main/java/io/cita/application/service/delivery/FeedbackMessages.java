package io.cita.application.service.delivery;

import io.cita.application.port.out.EmailComposer;
import io.cita.application.port.out.PhoneSender;
import io.cita.domain.client.Client;
import io.cita.domain.delivery.Delivery;
import io.cita.domain.delivery.EventType;
import io.cita.domain.feedback.FeedbackRequest;
import io.cita.domain.feedback.FeedbackSettings;
import io.cita.domain.notification.NotificationKind;
import io.cita.domain.notification.NotificationSettings;
import io.cita.domain.notification.ReminderPolicy;
import io.cita.domain.tenant.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The messages of a request for feedback, as deliveries on the request's channel: the request itself with its one
 * reminder a day later (both kept out of the business's quiet hours, both dropped when they come due if the client
 * answered or left), and a reply to what the client answered. Each names the request as its event, so the dispatcher
 * can tell whether it is still wanted. WhatsApp's templates take the client's first name, the business's name and
 * the link as {{1}} to {{3}}.
 */
public class FeedbackMessages {
    private final MessageComposition composition;

    /** Messages are written from {@code templates} by {@code composer} for the {@code phones} senders. */
    public FeedbackMessages(EmailComposer composer, NotificationTemplateService templates, List<PhoneSender> phones) {
        this.composition = new MessageComposition(composer, templates, phones);
    }

    /** The request and its reminder; empty when there is no sender for the request's channel. */
    public List<Delivery> asking(FeedbackRequest request, Tenant tenant, Client client, Instant now) {
        String ask = payload(request, tenant, client, NotificationKind.FEEDBACK_REQUEST, "");
        String remind = payload(request, tenant, client, NotificationKind.FEEDBACK_REMINDER, "");
        if (ask == null || remind == null) {
            return List.of();
        }
        Instant reminderAt = quietHours(tenant).outOfQuietHours(request.askedAt().plus(FeedbackRequest.REMINDER_AFTER),
                tenant.timezone());
        return List.of(due(request, "request", ask, request.askedAt(), EventType.FEEDBACK_REQUESTED, now),
                due(request, "reminder", remind, reminderAt, EventType.FEEDBACK_REQUESTED, now));
    }

    /**
     * The reply of {@code kind} to the client's message {@code messageId}, with {@code link}, due at once; empty when
     * there is no sender for the request's channel.
     */
    public Optional<Delivery> reply(FeedbackRequest request, Tenant tenant, Client client, NotificationKind kind,
                                    String link, String messageId, Instant now) {
        return Optional.ofNullable(payload(request, tenant, client, kind, link)).map(payload -> due(request,
                "reply|" + messageId, payload, now, EventType.FEEDBACK_REPLY, now));
    }

    /**
     * When to ask about a visit that ended at {@code visitEnd}: the business's delay after it, or {@code earliest} if
     * that is later, moved out of the business's quiet hours.
     */
    public static Instant askAt(Tenant tenant, FeedbackSettings settings, Instant visitEnd, Instant earliest) {
        Instant afterVisit = visitEnd.plus(settings.delay());
        return quietHours(tenant).outOfQuietHours(afterVisit.isAfter(earliest) ? afterVisit : earliest,
                tenant.timezone());
    }

    /** When the business asks nothing of its clients: its reminders' quiet hours. */
    public static ReminderPolicy quietHours(Tenant tenant) {
        return NotificationSettings.orDefault(() -> ReminderPolicy.of(tenant.settings()), ReminderPolicy.DEFAULT);
    }

    private String payload(FeedbackRequest request, Tenant tenant, Client client, NotificationKind kind,
                           String link) {
        Map<String, String> values = Map.of("client.firstName", client.firstName(), "business.name", tenant.name(),
                "link", link, "service.name", "", "start.local", "", "reference", "");
        return composition.phonePayload(request.channel(), kind, tenant, values, List.of(client.firstName(),
                tenant.name(), link));
    }

    private static Delivery due(FeedbackRequest request, String what, String payload, Instant at, EventType type,
                                Instant now) {
        return Delivery.dueAt(DeliveryIds.feedback(request.id(), what, at), request.tenantId(), request.id(),
                request.channel(), request.phone(), type, payload, at, now);
    }
}
