package io.cita.adapters.dynamodb;

import io.cita.application.error.ConflictException;
import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.OutboxRecord;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.client.Client;
import io.cita.domain.client.ContactPreferences;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.shared.EmailAddress;
import io.cita.domain.shared.PhoneNumber;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Clients in a Clients table following seed 000's conventions (PK TENANT#id, SK CLIENT#id). Phone and e-mail are
 * unique per tenant through claim items (SK CLIENTPHONE#number, CLIENTEMAIL#address) written in the same
 * transaction as the client.
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoClients implements Clients {
    private final DynamoStore store;

    public DynamoClients(DynamoStore store) {
        this.store = store;
    }

    @Override
    public void create(Client client, AuditRecord audit) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(put(item(client), "attribute_not_exists(PK)"));
        List<String> claimed = new ArrayList<>();
        claim(client, items, claimed, phone(client), email(client));
        write(items, claimed, audit, null);
    }

    @Override
    public void update(Client client, AuditRecord audit, OutboxRecord event) {
        Client current = find(client.tenantId(), client.id()).orElse(null);
        if (current == null) {
            return;
        }
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(put(item(client), "attribute_exists(PK)"));
        List<String> claimed = new ArrayList<>();
        String newPhone = phone(client);
        String newEmail = email(client);
        claim(client, items, claimed, newPhone != null && !newPhone.equals(phone(current)) ? newPhone : null,
                newEmail != null && !newEmail.equals(email(current)) ? newEmail : null);
        release(client.tenantId(), items, phone(current), newPhone, "CLIENTPHONE#");
        release(client.tenantId(), items, email(current), newEmail, "CLIENTEMAIL#");
        write(items, claimed, audit, event);
    }

    private void claim(Client client, List<TransactWriteItem> items, List<String> claimed, String phone, String email) {
        if (phone != null) {
            items.add(put(claimItem(client, "CLIENTPHONE#" + phone), "attribute_not_exists(PK)"));
            claimed.add("phone");
        }
        if (email != null) {
            items.add(put(claimItem(client, "CLIENTEMAIL#" + email), "attribute_not_exists(PK)"));
            claimed.add("email");
        }
    }

    private void release(String tenantId, List<TransactWriteItem> items, String old, String replacement, String prefix) {
        if (old != null && !old.equals(replacement)) {
            items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(store.table("Clients"))
                    .key(Attrs.key(DynamoTenants.pk(tenantId), prefix + old)).build()).build());
        }
    }

    /**
     * Writes the client's items with its audit entry and outbox event (null: none) last, so a refused claim's index is
     * as {@code claimed} says.
     */
    private void write(List<TransactWriteItem> items, List<String> claimed, AuditRecord audit, OutboxRecord event) {
        DynamoAuditLog.addTo(items, store, audit);
        if (event != null) {
            items.add(DynamoOutboxEvents.put(store, event));
        }
        List<CancellationReason> reasons = Transactions.write(store, items);
        if (reasons == null) {
            return;
        }
        for (int i = 0; i < claimed.size(); i++) {
            if (Transactions.conditionFailed(reasons, i + 1)) {
                throw new ConflictException(claimed.get(i), "a client with this " + ("phone".equals(claimed.get(i))
                        ? "phone number" : "e-mail") + " already exists");
            }
        }
        throw new IllegalStateException("writing a client failed: " + reasons);
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition) {
        return TransactWriteItem.builder().put(Put.builder().tableName(store.table("Clients")).item(item)
                .conditionExpression(condition).build()).build();
    }

    @Override
    public Optional<Client> find(String tenantId, String clientId) {
        return get(DynamoTenants.pk(tenantId), "CLIENT#" + clientId).map(DynamoClients::map);
    }

    @Override
    public Optional<Client> findByPhone(String tenantId, String phone) {
        return idByPhone(tenantId, phone).flatMap(clientId -> find(tenantId, clientId));
    }

    /** The phone's claim item names the client: one GetItem. */
    @Override
    public Optional<String> idByPhone(String tenantId, String phone) {
        return get(DynamoTenants.pk(tenantId), "CLIENTPHONE#" + phone).map(claim -> Attrs.str(claim, "clientId"));
    }

    @Override
    public Optional<String> idByEmail(String tenantId, String email) {
        return get(DynamoTenants.pk(tenantId), "CLIENTEMAIL#" + email).map(claim -> Attrs.str(claim, "clientId"));
    }

    @Override
    public Page<Client> list(String tenantId, PageRequest page) {
        return DynamoPages.query(store, QueryRequest.builder().tableName(store.table("Clients"))
                .keyConditionExpression("PK = :pk AND begins_with(SK, :client)")
                .expressionAttributeValues(Map.of(":pk", Attrs.s(DynamoTenants.pk(tenantId)),
                        ":client", Attrs.s("CLIENT#"))).build(), page, List.of("PK", "SK"), DynamoClients::map);
    }

    private Optional<Map<String, AttributeValue>> get(String pk, String sk) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table("Clients")).key(Attrs.key(pk, sk)).consistentRead(true).build())).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    private static Map<String, AttributeValue> item(Client client) {
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key(DynamoTenants.pk(client.tenantId()),
                "CLIENT#" + client.id()));
        item.put("tenantId", Attrs.s(client.tenantId()));
        item.put("clientId", Attrs.s(client.id()));
        item.put("firstName", Attrs.s(client.firstName()));
        Attrs.putIfPresent(item, "lastName", client.lastName());
        Attrs.putIfPresent(item, "email", email(client));
        Attrs.putIfPresent(item, "phone", phone(client));
        item.put("active", Attrs.bool(client.active()));
        ContactPreferences preferences = client.preferences();
        Attrs.putIfPresent(item, "channels", names(preferences.channels()));
        Attrs.putIfPresent(item, "optedOut", names(preferences.optedOut()));
        item.put("transactionalConsent", Attrs.bool(preferences.transactionalConsent()));
        item.put("marketingConsent", Attrs.bool(preferences.marketingConsent()));
        item.put("feedbackConsent", Attrs.bool(preferences.feedbackConsent()));
        Attrs.putIfPresent(item, "dataDeletedAt", client.dataDeletedAt() == null ? null
                : Attrs.exact(client.dataDeletedAt()));
        item.put("updatedAt", Attrs.s(Attrs.exact(Instant.now())));
        return item;
    }

    private static Map<String, AttributeValue> claimItem(Client client, String sk) {
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key(DynamoTenants.pk(client.tenantId()), sk));
        item.put("clientId", Attrs.s(client.id()));
        return item;
    }

    private static String phone(Client client) {
        return client.phone() == null ? null : client.phone().value();
    }

    private static String email(Client client) {
        return client.email() == null ? null : client.email().value();
    }

    /** Channels as comma-separated names (a string set may not be empty); null for none. */
    private static String names(Collection<DeliveryChannel> channels) {
        return channels.isEmpty() ? null : channels.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static List<DeliveryChannel> channels(Map<String, AttributeValue> item, String name) {
        String names = Attrs.str(item, name);
        return names == null ? List.of() : Arrays.stream(names.split(",")).map(DeliveryChannel::valueOf).toList();
    }

    private static Client map(Map<String, AttributeValue> item) {
        String email = Attrs.str(item, "email");
        String phone = Attrs.str(item, "phone");
        ContactPreferences preferences = new ContactPreferences(channels(item, "channels"),
                Attrs.flag(item, "transactionalConsent", true), Attrs.flag(item, "marketingConsent", false),
                Attrs.flag(item, "feedbackConsent", false), Set.copyOf(channels(item, "optedOut")));
        return new Client(Attrs.str(item, "clientId"), Attrs.str(item, "tenantId"), Attrs.str(item, "firstName"),
                Attrs.str(item, "lastName"), email == null ? null : new EmailAddress(email),
                phone == null ? null : new PhoneNumber(phone), Attrs.flag(item, "active", true), preferences,
                Attrs.instant(item, "dataDeletedAt"));
    }
}
