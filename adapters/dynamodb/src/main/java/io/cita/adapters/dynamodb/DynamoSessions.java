package io.cita.adapters.dynamodb;

import io.cita.application.port.out.Session;
import io.cita.application.port.out.SessionAccess;
import io.cita.application.port.out.Sessions;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** Sessions in the Users table (PK SESSION#id, SK META#SESSION; GSI1 USERSESSIONS#user to end them all). */
@Singleton
@Requires(env = "dynamodb")
public class DynamoSessions implements Sessions {
    private final DynamoStore store;

    public DynamoSessions(DynamoStore store) {
        this.store = store;
    }

    @Override
    public void create(Session session) {
        store.call(() -> store.client().putItem(PutItemRequest.builder().tableName(store.table("Users"))
                .item(item(session)).conditionExpression("attribute_not_exists(PK)").build()));
    }

    @Override
    public Optional<Session> find(String sessionId) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table("Users")).key(key(sessionId)).consistentRead(true).build())).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(map(item));
    }

    /** The session and the membership (Users table) and the tenant (Tenants table): one consistent BatchGetItem. */
    @Override
    public SessionAccess findWithMembership(String sessionId, String tenantId, String userId) {
        Map<String, AttributeValue> membershipKey = Attrs.key("USER#" + userId, "MEMBER#" + tenantId);
        Map<String, AttributeValue> tenantKey = Attrs.key(DynamoTenants.pk(tenantId), DynamoTenants.META);
        Map<String, Map<String, Map<String, AttributeValue>>> found = BatchReads.consistent(store, Map.of(
                "Users", List.of(key(sessionId), membershipKey), "Tenants", List.of(tenantKey)));
        Map<String, Map<String, AttributeValue>> users = found.getOrDefault("Users", Map.of());
        return new SessionAccess(Optional.ofNullable(users.get(BatchReads.id(key(sessionId)))).map(DynamoSessions::map),
                Optional.ofNullable(users.get(BatchReads.id(membershipKey))).map(UserItems::toMembership),
                Optional.ofNullable(found.getOrDefault("Tenants", Map.of()).get(BatchReads.id(tenantKey)))
                        .map(DynamoTenants::versioned));
    }

    @Override
    public boolean rotate(String oldId, Session replacement, Instant at) {
        return Transactions.write(store, List.of(
                TransactWriteItem.builder().update(revocation(oldId, at, replacement.id())).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(store.table("Users")).item(item(replacement))
                        .conditionExpression("attribute_not_exists(PK)").build()).build())) == null;
    }

    @Override
    public void revoke(String sessionId, Instant at) {
        Update update = revocation(sessionId, at, null);
        try {
            store.call(() -> store.client().updateItem(UpdateItemRequest.builder().tableName(update.tableName())
                    .key(update.key()).updateExpression(update.updateExpression())
                    .conditionExpression(update.conditionExpression())
                    .expressionAttributeValues(update.expressionAttributeValues()).build()));
        } catch (ConditionalCheckFailedException alreadyRevoked) {
            // revoking twice changes nothing
        }
    }

    @Override
    public void revokeAll(String userId, Instant at) {
        store.call(() -> store.client().queryPaginator(QueryRequest.builder().tableName(store.table("Users"))
                .indexName("GSI1").keyConditionExpression("GSI1PK = :u")
                .expressionAttributeValues(Map.of(":u", Attrs.s("USERSESSIONS#" + userId))).build()).items().stream()
                .filter(item -> !item.containsKey("revokedAt"))
                .toList()).forEach(item -> revoke(Attrs.str(item, "sessionId"), at));
    }

    private Update revocation(String sessionId, Instant at, String replacedBy) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":at", Attrs.s(Attrs.exact(at)));
        String expression = "SET revokedAt = :at";
        if (replacedBy != null) {
            expression += ", replacedBy = :by";
            values.put(":by", Attrs.s(replacedBy));
        }
        return Update.builder().tableName(store.table("Users")).key(key(sessionId)).updateExpression(expression)
                .conditionExpression("attribute_exists(PK) AND attribute_not_exists(revokedAt)")
                .expressionAttributeValues(values).build();
    }

    private static Map<String, AttributeValue> key(String sessionId) {
        return Attrs.key("SESSION#" + sessionId, "META#SESSION");
    }

    private static Map<String, AttributeValue> item(Session session) {
        Map<String, AttributeValue> item = new HashMap<>(key(session.id()));
        item.put("sessionId", Attrs.s(session.id()));
        item.put("userId", Attrs.s(session.userId()));
        item.put("refreshHash", Attrs.s(session.refreshHash()));
        item.put("expiresAt", Attrs.s(Attrs.exact(session.expiresAt())));
        item.put("createdAt", Attrs.s(Attrs.exact(session.createdAt())));
        Attrs.putIfPresent(item, "ip", session.ip());
        Attrs.putIfPresent(item, "userAgent", session.userAgent());
        item.put("ttl", Attrs.n(session.expiresAt().getEpochSecond() + 86_400));
        item.put("GSI1PK", Attrs.s("USERSESSIONS#" + session.userId()));
        item.put("GSI1SK", Attrs.s("SESSION#" + session.id()));
        return item;
    }

    private static Session map(Map<String, AttributeValue> item) {
        return new Session(Attrs.str(item, "sessionId"), Attrs.str(item, "userId"), Attrs.str(item, "refreshHash"),
                Attrs.instant(item, "expiresAt"), Attrs.instant(item, "createdAt"), Attrs.instant(item, "revokedAt"),
                Attrs.str(item, "replacedBy"), Attrs.str(item, "ip"), Attrs.str(item, "userAgent"));
    }
}
