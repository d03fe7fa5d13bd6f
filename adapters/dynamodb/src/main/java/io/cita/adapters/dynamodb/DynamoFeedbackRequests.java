package io.cita.adapters.dynamodb;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.FeedbackRequests;
import io.cita.application.port.query.FeedbackFilter;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.feedback.FeedbackIds;
import io.cita.domain.feedback.FeedbackRequest;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Feedback requests in the Tenants table: each under its tenant's partition ({@code FEEDBACK#<id>}, ids sort by the
 * time asked), with a lookup item by id ({@code FEEDBACK#<id>} / {@code FEEDBACK}) for the private form, a per-client
 * item holding when the client was last asked ({@code FEEDBACK_CLIENT#<clientId>}, the 30-day rule decided in the
 * opening transaction), and a per-phone item naming the request asked last ({@code FEEDBACK_PHONE#<phone>}).
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoFeedbackRequests implements FeedbackRequests {
    private static final String TABLE = "Tenants";
    private static final String LOOKUP = "FEEDBACK";
    private final DynamoStore store;

    public DynamoFeedbackRequests(DynamoStore store) {
        this.store = store;
    }

    @Override
    public boolean open(FeedbackRequest request, Instant notAskedSince) {
        Map<String, AttributeValue> client = new HashMap<>(Attrs.key(DynamoTenants.pk(request.tenantId()),
                "FEEDBACK_CLIENT#" + request.clientId()));
        client.put("askedAtMillis", Attrs.n(request.askedAt().toEpochMilli()));
        client.put("feedbackId", Attrs.s(request.id()));
        Map<String, AttributeValue> lookup = new HashMap<>(Attrs.key(FeedbackItems.PREFIX + request.id(), LOOKUP));
        lookup.put("tenantId", Attrs.s(request.tenantId()));
        List<CancellationReason> reasons = Transactions.write(store, List.of(
                put(FeedbackItems.item(request), "attribute_not_exists(PK)", Map.of()),
                put(client, "attribute_not_exists(PK) OR askedAtMillis < :since",
                        Map.of(":since", Attrs.n(notAskedSince.toEpochMilli()))),
                put(lookup, null, Map.of())));
        if (reasons != null && !Transactions.conditionFailed(reasons, 0)) {
            if (Transactions.conditionFailed(reasons, 1)) {
                return false;
            }
            throw new IllegalStateException("opening a feedback request was cancelled: " + reasons);
        }
        Map<String, AttributeValue> phone = new HashMap<>(Attrs.key("FEEDBACK_PHONE#" + request.phone(), "LATEST"));
        phone.put("tenantId", Attrs.s(request.tenantId()));
        phone.put("feedbackId", Attrs.s(request.id()));
        NewerStatePuts.put(store, TABLE, phone, request.askedAt());
        return true;
    }

    @Override
    public Optional<FeedbackRequest> find(String id) {
        return get(Attrs.key(FeedbackItems.PREFIX + id, LOOKUP))
                .flatMap(lookup -> get(FeedbackItems.key(Attrs.str(lookup, "tenantId"), id)))
                .map(FeedbackItems::map);
    }

    @Override
    public Optional<FeedbackRequest> latestFor(String phone) {
        return get(Attrs.key("FEEDBACK_PHONE#" + phone, "LATEST"))
                .flatMap(latest -> get(FeedbackItems.key(Attrs.str(latest, "tenantId"),
                        Attrs.str(latest, "feedbackId"))))
                .map(FeedbackItems::map);
    }

    @Override
    public boolean update(FeedbackRequest next, AuditRecord audit) {
        return DynamoAuditLog.writeWith(store, put(FeedbackItems.item(next), "version = :previous",
                Map.of(":previous", Attrs.n(next.version() - 1))), audit);
    }

    /** A Query on the range of ids the period's times begin (ids sort by the time asked). */
    @Override
    public List<FeedbackRequest> askedBetween(String tenantId, Instant from, Instant to, int most) {
        List<FeedbackRequest> found = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder query = QueryRequest.builder().tableName(store.table(TABLE))
                    .keyConditionExpression("PK = :pk AND SK BETWEEN :from AND :to")
                    .expressionAttributeValues(Map.of(":pk", Attrs.s(DynamoTenants.pk(tenantId)),
                            ":from", Attrs.s(FeedbackItems.PREFIX + FeedbackIds.floor(from)),
                            ":to", Attrs.s(FeedbackItems.PREFIX + FeedbackIds.floor(to)))).consistentRead(true);
            if (start != null) {
                query.exclusiveStartKey(start);
            }
            QueryResponse page = store.call(() -> store.client().query(query.build()));
            page.items().stream().limit(most - found.size()).map(FeedbackItems::map).forEach(found::add);
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null && found.size() < most);
        return found;
    }

    @Override
    public Page<FeedbackRequest> list(String tenantId, FeedbackFilter filter, PageRequest page) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", Attrs.s(DynamoTenants.pk(tenantId)),
                ":prefix", Attrs.s(FeedbackItems.PREFIX)));
        List<String> filters = new ArrayList<>();
        if (filter.status() != null) {
            filters.add("#st = :status");
            values.put(":status", Attrs.s(filter.status().name()));
        } else {
            filters.add("#st IN (:happy, :unhappy, :answered)");
            values.put(":happy", Attrs.s("HAPPY"));
            values.put(":unhappy", Attrs.s("UNHAPPY"));
            values.put(":answered", Attrs.s("ANSWERED"));
        }
        if (filter.rating() != null) {
            filters.add("rating = :rating");
            values.put(":rating", Attrs.n(filter.rating()));
        }
        if (filter.resourceId() != null) {
            filters.add("resourceId = :resource");
            values.put(":resource", Attrs.s(filter.resourceId()));
        }
        if (filter.handled() != null) {
            filters.add("handled = :handled");
            values.put(":handled", Attrs.bool(filter.handled()));
        }
        QueryRequest query = QueryRequest.builder().tableName(store.table(TABLE))
                .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)").expressionAttributeValues(values)
                .filterExpression(String.join(" AND ", filters)).expressionAttributeNames(Map.of("#st", "status"))
                .scanIndexForward(false).consistentRead(true).build();
        return DynamoPages.query(store, query, page, List.of("PK", "SK"), FeedbackItems::map);
    }

    private Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table(TABLE)).key(key).consistentRead(true).build())).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition,
                                  Map<String, AttributeValue> values) {
        Put.Builder put = Put.builder().tableName(store.table(TABLE)).item(item);
        if (condition != null) {
            put.conditionExpression(condition);
            if (!values.isEmpty()) {
                put.expressionAttributeValues(values);
            }
        }
        return TransactWriteItem.builder().put(put.build()).build();
    }
}
