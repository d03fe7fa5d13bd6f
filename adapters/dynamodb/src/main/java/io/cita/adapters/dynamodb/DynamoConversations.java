package io.cita.adapters.dynamodb;

import io.cita.application.port.out.Conversations;
import io.cita.domain.conversation.Conversation;
import io.cita.domain.conversation.ConversationState;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Conversations in seed 000's Conversations table: PK TENANT#id, SK CONV#whatsapp:phone (the conversation id is the
 * channel and phone), GSI1 by tenant and last message, the seed's {@code ttl}; plus GSI2 (phone, lastMessageAt) to
 * find a phone's most recent conversation with any business.
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoConversations implements Conversations {
    private final DynamoStore store;

    public DynamoConversations(DynamoStore store) {
        this.store = store;
    }

    private static Map<String, AttributeValue> key(String tenantId, String phone) {
        return Attrs.key(DynamoTenants.pk(tenantId), "CONV#whatsapp:" + phone);
    }

    @Override
    public Optional<Conversation> find(String tenantId, String phone) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table("Conversations")).key(key(tenantId, phone)).consistentRead(true).build())).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(map(item));
    }

    @Override
    public void save(Conversation conversation) {
        Map<String, AttributeValue> item = new HashMap<>(key(conversation.tenantId(), conversation.phone()));
        item.put("tenantId", Attrs.s(conversation.tenantId()));
        item.put("conversationId", Attrs.s("whatsapp:" + conversation.phone()));
        item.put("sessionId", Attrs.s(conversation.id()));
        item.put("phone", Attrs.s(conversation.phone()));
        item.put("state", Attrs.s(conversation.state().name()));
        Attrs.putIfPresent(item, "serviceId", conversation.serviceId());
        Attrs.putIfPresent(item, "date", conversation.date());
        Attrs.putIfPresent(item, "datetime", Attrs.exact(conversation.start()));
        Attrs.putIfPresent(item, "holdId", conversation.holdId());
        item.put("offered", Attrs.strings(conversation.offered()));
        item.put("page", Attrs.n(conversation.page()));
        item.put("context", AttributeValue.fromM(Map.of("channel", Attrs.s("whatsapp"))));
        item.put("lastMessageAt", Attrs.s(Attrs.exact(conversation.updatedAt())));
        item.put("expiresAt", Attrs.s(Attrs.exact(conversation.expiresAt())));
        item.put("ttl", Attrs.n(conversation.expiresAt().getEpochSecond()));
        item.put("GSI1PK", Attrs.s(DynamoTenants.pk(conversation.tenantId()) + "#CONV"));
        item.put("GSI1SK", Attrs.s(Attrs.exact(conversation.updatedAt())));
        store.call(() -> store.client().putItem(PutItemRequest.builder().tableName(store.table("Conversations"))
                .item(item).build()));
    }

    @Override
    public Optional<Conversation> mostRecent(String phone, Instant now) {
        return store.call(() -> store.client().queryPaginator(QueryRequest.builder()
                .tableName(store.table("Conversations")).indexName("GSI2").keyConditionExpression("phone = :p")
                .expressionAttributeValues(Map.of(":p", Attrs.s(phone))).scanIndexForward(false).build()).items()
                .stream().map(DynamoConversations::map).filter(conversation -> conversation.liveAt(now))
                .max(Comparator.comparing(Conversation::updatedAt)));
    }

    private static Conversation map(Map<String, AttributeValue> item) {
        return new Conversation(Attrs.str(item, "sessionId"), Attrs.str(item, "tenantId"), Attrs.str(item, "phone"),
                ConversationState.fromStored(Attrs.str(item, "state")), Attrs.str(item, "serviceId"),
                Attrs.date(item, "date"), Attrs.instant(item, "datetime"), Attrs.str(item, "holdId"),
                Attrs.list(item, "offered"), (int) Attrs.num(item, "page", 0), Attrs.instant(item, "lastMessageAt"),
                Attrs.instant(item, "expiresAt"));
    }
}
