package io.cita.adapters.dynamodb;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.VoiceAssistants;
import io.cita.domain.tenant.Language;
import io.cita.domain.voice.VoiceAssistant;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** Each tenant's voice assistant in the Tenants table (PK TENANT#t, SK VOICE#ASSISTANT), put with its audit entry. */
@Singleton
@Requires(env = "dynamodb")
public class DynamoVoiceAssistants implements VoiceAssistants {
    private static final String TABLE = "Tenants";
    private final DynamoStore store;

    public DynamoVoiceAssistants(DynamoStore store) {
        this.store = store;
    }

    @Override
    public void save(VoiceAssistant a, AuditRecord audit) {
        Map<String, AttributeValue> item = new HashMap<>(key(a.tenantId()));
        item.put("tenantId", Attrs.s(a.tenantId()));
        Attrs.putIfPresent(item, "assistantId", a.assistantId());
        Attrs.putIfPresent(item, "phoneNumberId", a.phoneNumberId());
        Attrs.putIfPresent(item, "voice", a.voice());
        Attrs.putIfPresent(item, "firstMessage", a.firstMessage());
        Attrs.putIfPresent(item, "instructions", a.instructions());
        item.put("language", Attrs.s(a.language().name()));
        Attrs.putIfPresent(item, "businessContext", a.businessContext());
        Attrs.putIfPresent(item, "bookingInstructions", a.bookingInstructions());
        item.put("maxCallMinutes", Attrs.n(a.maxCallMinutes()));
        item.put("recording", Attrs.bool(a.recording()));
        item.put("transcription", Attrs.bool(a.transcription()));
        item.put("credentialHash", Attrs.s(a.credentialHash()));
        Attrs.putIfPresent(item, "hmacSecret", a.hmacSecret());
        item.put("active", Attrs.bool(a.active()));
        item.put("updatedAt", Attrs.s(Attrs.exact(a.updatedAt())));
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(store.table(TABLE)).item(item).build())
                .build());
        DynamoAuditLog.addTo(items, store, audit);
        Transactions.write(store, items);
    }

    @Override
    public Optional<VoiceAssistant> find(String tenantId) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table(TABLE)).key(key(tenantId)).consistentRead(true).build())).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new VoiceAssistant(tenantId, Attrs.str(item, "assistantId"),
                Attrs.str(item, "phoneNumberId"), Attrs.str(item, "voice"), Attrs.str(item, "firstMessage"),
                Attrs.str(item, "instructions"), Language.valueOf(Attrs.str(item, "language")),
                Attrs.str(item, "businessContext"), Attrs.str(item, "bookingInstructions"),
                (int) Attrs.num(item, "maxCallMinutes", 10), Attrs.flag(item, "recording", false),
                Attrs.flag(item, "transcription", true), Attrs.str(item, "credentialHash"),
                Attrs.str(item, "hmacSecret"), Attrs.flag(item, "active", true), Attrs.instant(item, "updatedAt")));
    }

    private static Map<String, AttributeValue> key(String tenantId) {
        return Attrs.key(DynamoTenants.pk(tenantId), "VOICE#ASSISTANT");
    }
}
