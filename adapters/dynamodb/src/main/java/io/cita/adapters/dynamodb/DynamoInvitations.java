package io.cita.adapters.dynamodb;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.Invitations;
import io.cita.application.port.out.StoreOutcome;
import io.cita.application.port.query.Membership;
import io.cita.application.port.query.UserAccount;
import io.cita.domain.access.Invitation;
import io.cita.domain.access.Role;
import io.cita.domain.plan.Limit;
import io.cita.domain.shared.EmailAddress;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Invitations as INVITE# items of the Users table, removed by TTL a month after they expire; accepting one is a
 * conditional update (not accepted, not expired) in the transaction that adds the member.
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoInvitations implements Invitations {
    private static final String TABLE = "Users";
    private static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(30);
    private final DynamoStore store;

    public DynamoInvitations(DynamoStore store) {
        this.store = store;
    }

    @Override
    public void save(Invitation invitation, AuditRecord audit) {
        List<TransactWriteItem> items = new ArrayList<>(List.of(TransactWriteItem.builder().put(Put.builder()
                .tableName(store.table(TABLE)).item(item(invitation)).conditionExpression("attribute_not_exists(PK)")
                .build()).build()));
        DynamoAuditLog.addTo(items, store, audit);
        if (!Transactions.writeIfFirstConditionHolds(store, items)) {
            throw new IllegalStateException("an invitation with id " + invitation.id() + " exists");
        }
    }

    @Override
    public Optional<Invitation> find(String invitationId) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table(TABLE)).key(key(invitationId)).consistentRead(true).build())).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(invitation(item));
    }

    @Override
    public StoreOutcome accept(Invitation invitation, Membership membership, UserAccount newUser, Limit limit,
                               AuditRecord audit, Instant now) {
        TransactWriteItem use = TransactWriteItem.builder().update(Update.builder().tableName(store.table(TABLE))
                .key(key(invitation.id())).updateExpression("SET acceptedAt = :now")
                .conditionExpression("attribute_exists(PK) AND attribute_not_exists(acceptedAt) "
                        + "AND expiresAtMillis > :millis")
                .expressionAttributeValues(Map.of(":now", Attrs.s(Attrs.exact(now)),
                        ":millis", Attrs.n(now.toEpochMilli()))).build()).build();
        return DynamoMembers.add(store, List.of(use), membership, newUser, limit, audit);
    }

    private static Map<String, AttributeValue> item(Invitation invitation) {
        Map<String, AttributeValue> item = new HashMap<>(key(invitation.id()));
        item.put("tenantId", Attrs.s(invitation.tenantId()));
        item.put("email", Attrs.s(invitation.email().value()));
        item.put("role", Attrs.s(invitation.role().name()));
        Attrs.putIfPresent(item, "resourceId", invitation.resourceId());
        Attrs.putIfPresent(item, "firstName", invitation.firstName());
        Attrs.putIfPresent(item, "lastName", invitation.lastName());
        item.put("invitedBy", Attrs.s(invitation.invitedBy()));
        item.put("secretHash", Attrs.s(invitation.secretHash()));
        item.put("createdAt", Attrs.s(Attrs.exact(invitation.createdAt())));
        item.put("expiresAt", Attrs.s(Attrs.exact(invitation.expiresAt())));
        item.put("expiresAtMillis", Attrs.n(invitation.expiresAt().toEpochMilli()));
        item.put("ttl", Attrs.n(invitation.expiresAt().plus(KEPT_AFTER_EXPIRY).getEpochSecond()));
        return item;
    }

    private static Invitation invitation(Map<String, AttributeValue> item) {
        return new Invitation(Attrs.str(item, "PK").substring("INVITE#".length()), Attrs.str(item, "tenantId"),
                new EmailAddress(Attrs.str(item, "email")), Role.valueOf(Attrs.str(item, "role")),
                Attrs.str(item, "resourceId"), Attrs.str(item, "firstName"), Attrs.str(item, "lastName"),
                Attrs.str(item, "invitedBy"), Attrs.str(item, "secretHash"), Attrs.instant(item, "createdAt"),
                Attrs.instant(item, "expiresAt"), Attrs.instant(item, "acceptedAt"));
    }

    private static Map<String, AttributeValue> key(String invitationId) {
        return Attrs.key("INVITE#" + invitationId, "INVITE");
    }
}
