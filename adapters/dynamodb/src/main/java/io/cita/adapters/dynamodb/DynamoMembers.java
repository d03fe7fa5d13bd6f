package io.cita.adapters.dynamodb;

import io.cita.application.error.ConflictException;
import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.Members;
import io.cita.application.port.out.StoreOutcome;
import io.cita.application.port.query.Member;
import io.cita.application.port.query.Membership;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.application.port.query.UserAccount;
import io.cita.domain.plan.Limit;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * A tenant's members: membership items of the Users table (listed through GSI1 by tenant) and a COUNTER#MEMBERS
 * item in Tenants that the plan's staff limit conditions, written together.
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoMembers implements Members {
    private final DynamoStore store;

    public DynamoMembers(DynamoStore store) {
        this.store = store;
    }

    @Override
    public boolean add(Membership membership, UserAccount newUser, Limit limit, AuditRecord audit) {
        return add(store, List.of(), membership, newUser, limit, audit) == StoreOutcome.DONE;
    }

    /**
     * Adds a member (and {@code newUser} when not null) within {@code limit}, with {@code audit}, in one transaction
     * after the {@code guards}: STALE when a guard's condition fails, LIMIT_REACHED when no member more fits; an
     * existing account or membership conflicts.
     */
    static StoreOutcome add(DynamoStore store, List<TransactWriteItem> guards, Membership membership,
                            UserAccount newUser, Limit limit, AuditRecord audit) {
        if (!limit.allowsOneMore(0)) {
            return StoreOutcome.LIMIT_REACHED;
        }
        List<TransactWriteItem> items = new ArrayList<>(guards);
        if (newUser != null) {
            items.add(putNew(store, UserItems.user(newUser)));
            items.add(putNew(store, UserItems.emailClaim(newUser)));
        }
        int member = items.size();
        items.add(putNew(store, UserItems.membership(membership.tenantId(), membership.userId(),
                membership.role().name(), membership.resourceId(), Instant.now())));
        items.add(ActiveCounters.increment(store, membership.tenantId(), "MEMBERS", limit));
        DynamoAuditLog.addTo(items, store, audit);
        List<CancellationReason> reasons = Transactions.write(store, items);
        if (reasons == null) {
            return StoreOutcome.DONE;
        }
        for (int guard = 0; guard < guards.size(); guard++) {
            if (Transactions.conditionFailed(reasons, guard)) {
                return StoreOutcome.STALE;
            }
        }
        if (Transactions.conditionFailed(reasons, member + 1)) {
            return StoreOutcome.LIMIT_REACHED;
        }
        if (newUser != null && Transactions.conditionFailed(reasons, guards.size() + 1)) {
            throw new ConflictException("email", "an account with this e-mail already exists");
        }
        if (Transactions.conditionFailed(reasons, member)) {
            throw new ConflictException("email", "this person is already a member");
        }
        throw new IllegalStateException("adding a member failed: " + reasons);
    }

    private static TransactWriteItem putNew(DynamoStore store, Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(store.table("Users")).item(item)
                .conditionExpression("attribute_not_exists(PK)").build()).build();
    }

    @Override
    public Page<Member> list(String tenantId, PageRequest page) {
        return DynamoPages.query(store, QueryRequest.builder().tableName(store.table("Users")).indexName("GSI1")
                .keyConditionExpression("GSI1PK = :t AND begins_with(GSI1SK, :member)")
                .expressionAttributeValues(Map.of(":t", Attrs.s(DynamoTenants.pk(tenantId)),
                        ":member", Attrs.s("MEMBER#"))).build(), page, List.of("GSI1PK", "GSI1SK", "PK", "SK"),
                item -> new Member(UserItems.toMembership(item), user(Attrs.str(item, "userId"))));
    }

    private UserAccount user(String userId) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table("Users")).key(Attrs.key("USER#" + userId, "META#USER")).build())).item();
        return UserItems.toUser(item);
    }

    @Override
    public boolean update(Membership membership, AuditRecord audit) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":role", Attrs.s(membership.role().name()));
        String expression = membership.resourceId() != null ? "SET #role = :role, resourceId = :resource"
                : "SET #role = :role REMOVE resourceId";
        if (membership.resourceId() != null) {
            values.put(":resource", Attrs.s(membership.resourceId()));
        }
        List<TransactWriteItem> items = new ArrayList<>(List.of(TransactWriteItem.builder().update(Update.builder()
                .tableName(store.table("Users"))
                .key(Attrs.key("USER#" + membership.userId(), "MEMBER#" + membership.tenantId()))
                .updateExpression(expression).conditionExpression("attribute_exists(PK)")
                .expressionAttributeNames(Map.of("#role", "role")).expressionAttributeValues(values).build()).build()));
        DynamoAuditLog.addTo(items, store, audit);
        return Transactions.writeIfFirstConditionHolds(store, items);
    }

    @Override
    public boolean remove(String tenantId, String userId, AuditRecord audit) {
        List<TransactWriteItem> items = new ArrayList<>(List.of(
                TransactWriteItem.builder().delete(Delete.builder().tableName(store.table("Users"))
                        .key(Attrs.key("USER#" + userId, "MEMBER#" + tenantId))
                        .conditionExpression("attribute_exists(PK)").build()).build(),
                ActiveCounters.decrement(store, tenantId, "MEMBERS")));
        DynamoAuditLog.addTo(items, store, audit);
        return Transactions.writeIfFirstConditionHolds(store, items);
    }
}
