package io.cita.adapters.dynamodb;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.ClientErasures;
import io.cita.domain.client.Client;
import io.cita.domain.client.Erasure;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.delivery.DeliveryStatus;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;

/**
 * Erases a client's personal data from every table, one item at a time (an erasure may touch more items than a
 * transaction holds), the client last, so that repeating an interrupted erasure completes it: as on PostgreSQL, what
 * is theirs alone is removed, deliveries to them lose address and text (and are skipped while still to be sent), and
 * any other text that mentions them is redacted.
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoClientErasures implements ClientErasures {
    private static final List<String> DELIVERY_RELEASE = List.of("nextAttemptAt", "GSI1PK", "GSI1SK", "claimedBy",
            "claimExpiresAt", "lastError");
    private final DynamoStore store;
    private final DynamoClients clients;

    public DynamoClientErasures(DynamoStore store, DynamoClients clients) {
        this.store = store;
        this.clients = clients;
    }

    @Override
    public void erase(Erasure erasure, AuditRecord audit) {
        ErasureQueries queries = new ErasureQueries(store, erasure);
        Client client = erasure.client();
        String tenantPk = DynamoTenants.pk(client.tenantId());
        eraseBookings(queries, client);
        eraseDeliveries(queries, erasure, tenantPk);
        eraseFeedback(queries, erasure, tenantPk);
        eraseConversationsAndPointers(queries, erasure);
        eraseCalls(queries, erasure, tenantPk);
        eraseHeldMessages(queries, erasure);
        queries.redactPartition("IdempotencyKeys", tenantPk, "IDEM#", List.of("body"));
        queries.redactPartition("AuditLogs", tenantPk, "AUDIT#", List.of("oldValues", "newValues"));
        clients.update(erasure.erased(), audit);
    }

    private static void eraseBookings(ErasureQueries queries, Client client) {
        queries.forEach("Bookings", "GSI3", "tenantId = :t", "clientId = :c AND (attribute_exists(notes) OR "
                + "attribute_exists(cancellationReason))", Map.of(":t", Attrs.s(client.tenantId()), ":c",
                Attrs.s(client.id())), item -> {
                    String reason = Attrs.str(item, "cancellationReason");
                    queries.update("Bookings", item, reason == null ? Map.of()
                            : Map.of("cancellationReason", Attrs.s(queries.theirs(reason))), List.of("notes"));
                });
    }

    private static void eraseDeliveries(ErasureQueries queries, Erasure erasure, String tenantPk) {
        List<String> addresses = erasure.addresses();
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", Attrs.s(tenantPk), ":prefix",
                Attrs.s("DELIVERY#")));
        StringBuilder filter = new StringBuilder();
        for (int a = 0; a < addresses.size(); a++) {
            values.put(":a" + a, Attrs.s(addresses.get(a)));
            filter.append(a == 0 ? "" : " OR ").append("recipient = :a").append(a);
        }
        String mentioning = queries.mentioning(List.of("payload"), values);
        String either = Stream.of(filter.toString(), mentioning).filter(f -> f != null && !f.isEmpty())
                .reduce((one, other) -> one + " OR " + other).orElse(null);
        if (either == null) {
            return;
        }
        queries.forEach("Deliveries", null, "PK = :pk AND begins_with(SK, :prefix)", either, values, item -> {
            if (!addresses.contains(Attrs.str(item, "recipient"))) {
                queries.redact("Deliveries", item, List.of("payload"));
                return;
            }
            Map<String, AttributeValue> changes = new HashMap<>(Map.of("recipient", Attrs.s(Client.ERASED),
                    "payload", Attrs.s("")));
            String status = Attrs.str(item, "status");
            boolean pending = DeliveryStatus.QUEUED.name().equals(status)
                    || DeliveryStatus.FAILED.name().equals(status);
            if (pending) {
                changes.put("status", Attrs.s(DeliveryStatus.SKIPPED.name()));
                changes.put("reason", Attrs.s(Erasure.SKIPPED_REASON));
            }
            queries.update("Deliveries", item, changes, pending ? DELIVERY_RELEASE : List.of("lastError"));
        });
    }

    private static void eraseFeedback(ErasureQueries queries, Erasure erasure, String tenantPk) {
        Client client = erasure.client();
        queries.forEach("Tenants", null, "PK = :pk AND begins_with(SK, :prefix)", "clientId = :c",
                Map.of(":pk", Attrs.s(tenantPk), ":prefix", Attrs.s(FeedbackItems.PREFIX), ":c",
                        Attrs.s(client.id())), item -> {
                    Map<String, AttributeValue> changes = new HashMap<>(Map.of("phone", Attrs.s(""),
                            "version", Attrs.n(Attrs.num(item, "version", 0) + 1)));
                    String note = Attrs.str(item, "note");
                    if (note != null) {
                        changes.put("note", Attrs.s(queries.theirs(note)));
                    }
                    queries.update("Tenants", item, changes, List.of("comment", "formHash"));
                });
        for (String phone : erasure.phones()) {
            queries.deleteOwned("Tenants", Attrs.key("FEEDBACK_PHONE#" + phone, "LATEST"), client.tenantId());
        }
    }

    private void eraseConversationsAndPointers(ErasureQueries queries, Erasure erasure) {
        String tenantId = erasure.client().tenantId();
        for (String phone : Stream.concat(erasure.phones().stream(), erasure.phoneDigits().stream()).toList()) {
            store.call(() -> store.client().deleteItem(DeleteItemRequest.builder().tableName(store.table(
                    "Conversations")).key(Attrs.key(DynamoTenants.pk(tenantId), "CONV#whatsapp:" + phone)).build()));
        }
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            for (String address : channel.reachesAPhone() ? erasure.phones() : erasure.emails()) {
                queries.deleteOwned("Deliveries", Attrs.key("RECIPIENT#" + channel.name() + "#" + address, "LAST"),
                        tenantId);
            }
        }
    }

    /** The client's own calls lose what was said; another caller's call that mentions them is redacted. */
    private static void eraseCalls(ErasureQueries queries, Erasure erasure, String tenantPk) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", Attrs.s(tenantPk), ":prefix",
                Attrs.s("CALL#")));
        List<String> said = List.of("transcript", "summary", "structuredData", "bookingError");
        String filter = queries.mentioning(Stream.concat(Stream.of("callerPhone"), said.stream()).toList(), values);
        if (filter != null) {
            queries.forEach("Tenants", null, "PK = :pk AND begins_with(SK, :prefix)", filter, values, item -> {
                if (erasure.phones().contains(Attrs.str(item, "callerPhone"))) {
                    queries.update("Tenants", item, Map.of(), Stream.concat(Stream.of("callerPhone"), said.stream())
                            .toList());
                } else {
                    queries.redact("Tenants", item, said);
                }
            });
        }
    }

    /** Inbound messages from the client not processed yet lose their content and are not processed any more. */
    private static void eraseHeldMessages(ErasureQueries queries, Erasure erasure) {
        for (String digits : erasure.phoneDigits()) {
            for (String source : List.of("whatsapp", "whatsapp-status", "sms")) {
                queries.forEach("WebhookEvents", "GSI1", "GSI1PK = :p", "contains(payload, :digits)",
                        Map.of(":p", Attrs.s("UNPROCESSED#" + source), ":digits", Attrs.s(digits)),
                        item -> queries.update("WebhookEvents", item, Map.of("processedAt",
                                Attrs.s(Attrs.exact(erasure.at()))), List.of("payload", "GSI1PK", "GSI1SK")));
            }
        }
    }
}
