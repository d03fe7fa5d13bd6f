package io.cita.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.conformance.AbstractChatContractTest;
import io.cita.conformance.Stores;
import io.cita.domain.conversation.Conversation;
import io.cita.domain.conversation.ConversationState;
import io.cita.domain.shared.IdPrefix;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The chat contract against DynamoDB Local, and a conversation item written in seed 000's words. */
class DynamoChatContractTest extends AbstractChatContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }

    @Test
    void aConversationItemInSeed000sServicePendingStateIsReadAsChoosingAService() {
        String tenantId = newTenant().id();
        String phone = uniquePhone();
        Instant now = Instant.now();
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key(DynamoTenants.pk(tenantId), "CONV#whatsapp:" + phone));
        item.put("tenantId", Attrs.s(tenantId));
        item.put("sessionId", Attrs.s(id(IdPrefix.CONVERSATION)));
        item.put("phone", Attrs.s(phone));
        item.put("state", Attrs.s("SERVICE_PENDING"));
        item.put("lastMessageAt", Attrs.s(now.toString()));
        item.put("expiresAt", Attrs.s(now.plusSeconds(3600).toString()));
        DynamoStore store = DynamoTestStores.context().getBean(DynamoStore.class);
        store.client().putItem(request -> request.tableName(store.table("Conversations")).item(item));

        assertThat(stores().conversations().find(tenantId, phone)).map(Conversation::state)
                .contains(ConversationState.CHOOSING_SERVICE);
    }
}
