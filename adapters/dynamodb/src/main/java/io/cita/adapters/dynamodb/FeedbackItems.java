package io.cita.adapters.dynamodb;

import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.feedback.FeedbackRequest;
import io.cita.domain.feedback.FeedbackStatus;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A feedback request as an item of its tenant's partition in the Tenants table, and back. */
final class FeedbackItems {
    static final String PREFIX = "FEEDBACK#";

    private FeedbackItems() {
    }

    static Map<String, AttributeValue> key(String tenantId, String id) {
        return Attrs.key(DynamoTenants.pk(tenantId), PREFIX + id);
    }

    static Map<String, AttributeValue> item(FeedbackRequest r) {
        Map<String, AttributeValue> item = new HashMap<>(key(r.tenantId(), r.id()));
        item.put("feedbackId", Attrs.s(r.id()));
        item.put("tenantId", Attrs.s(r.tenantId()));
        Attrs.putIfPresent(item, "bookingId", r.bookingId());
        item.put("clientId", Attrs.s(r.clientId()));
        Attrs.putIfPresent(item, "resourceId", r.resourceId());
        item.put("phone", Attrs.s(r.phone()));
        item.put("channel", Attrs.s(r.channel().name()));
        item.put("askedAt", Attrs.s(Attrs.exact(r.askedAt())));
        item.put("status", Attrs.s(r.status().name()));
        if (r.rating() != null) {
            item.put("rating", Attrs.n(r.rating()));
        }
        Attrs.putIfPresent(item, "comment", r.comment());
        item.put("contactAllowed", Attrs.bool(r.contactAllowed()));
        Attrs.putIfPresent(item, "formHash", r.formHash());
        Attrs.putIfPresent(item, "formExpiresAt", Attrs.exact(r.formExpiresAt()));
        Attrs.putIfPresent(item, "answeredAt", Attrs.exact(r.answeredAt()));
        item.put("helped", Attrs.bool(r.helped()));
        Attrs.putIfPresent(item, "handledAt", Attrs.exact(r.handledAt()));
        item.put("handled", Attrs.bool(r.handledAt() != null));
        Attrs.putIfPresent(item, "note", r.note());
        Attrs.putIfPresent(item, "reviewClickedAt", Attrs.exact(r.reviewClickedAt()));
        item.put("askedAtMillis", Attrs.n(r.askedAt().toEpochMilli()));
        item.put("version", Attrs.n(r.version()));
        return item;
    }

    static FeedbackRequest map(Map<String, AttributeValue> item) {
        long rating = Attrs.num(item, "rating", 0);
        return new FeedbackRequest(Attrs.str(item, "feedbackId"), Attrs.str(item, "tenantId"),
                Attrs.str(item, "bookingId"), Attrs.str(item, "clientId"), Attrs.str(item, "resourceId"),
                Attrs.str(item, "phone"), DeliveryChannel.valueOf(Attrs.str(item, "channel")),
                Attrs.instant(item, "askedAt"), FeedbackStatus.valueOf(Attrs.str(item, "status")),
                rating == 0 ? null : (int) rating, Attrs.str(item, "comment"),
                Attrs.flag(item, "contactAllowed", false), Attrs.str(item, "formHash"),
                Attrs.instant(item, "formExpiresAt"), Attrs.instant(item, "answeredAt"),
                Attrs.flag(item, "helped", false), Attrs.instant(item, "handledAt"), Attrs.str(item, "note"),
                Attrs.instant(item, "reviewClickedAt"), Attrs.num(item, "version", 1));
    }
}
