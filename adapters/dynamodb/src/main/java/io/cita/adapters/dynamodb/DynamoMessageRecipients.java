package io.cita.adapters.dynamodb;

import io.cita.application.port.out.MessageRecipients;
import io.cita.domain.delivery.DeliveryChannel;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Who last wrote to an address: one item per channel and address (PK RECIPIENT#channel#address, SK LAST) in the
 * Deliveries table, replaced only by a later write.
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoMessageRecipients implements MessageRecipients {
    private static final String TABLE = "Deliveries";
    private final DynamoStore store;

    public DynamoMessageRecipients(DynamoStore store) {
        this.store = store;
    }

    @Override
    public void remember(DeliveryChannel channel, String address, String tenantId, Instant at) {
        Map<String, AttributeValue> item = new HashMap<>(key(channel, address));
        item.put("tenantId", Attrs.s(tenantId));
        item.put("at", Attrs.s(String.format("%015d", at.toEpochMilli())));
        try {
            store.call(() -> store.client().putItem(PutItemRequest.builder().tableName(store.table(TABLE)).item(item)
                    .conditionExpression("attribute_not_exists(PK) OR #at <= :at")
                    .expressionAttributeNames(Map.of("#at", "at"))
                    .expressionAttributeValues(Map.of(":at", item.get("at"))).build()));
        } catch (ConditionalCheckFailedException later) {
            // a later message to the same address is already remembered
        }
    }

    @Override
    public Optional<String> lastSender(DeliveryChannel channel, String address) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table(TABLE)).key(key(channel, address)).consistentRead(true).build())).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.ofNullable(Attrs.str(item, "tenantId"));
    }

    private static Map<String, AttributeValue> key(DeliveryChannel channel, String address) {
        return Attrs.key("RECIPIENT#" + channel.name() + "#" + address, "LAST");
    }
}
