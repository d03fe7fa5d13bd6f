package io.cita.adapters.dynamodb;

import io.cita.application.port.out.Users;
import io.cita.application.port.query.Membership;
import io.cita.application.port.query.UserAccount;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** User accounts and memberships in the Users table (see {@link UserItems}). */
@Singleton
@Requires(env = "dynamodb")
public class DynamoUsers implements Users {
    private final DynamoStore store;

    public DynamoUsers(DynamoStore store) {
        this.store = store;
    }

    @Override
    public Optional<UserAccount> findByEmail(String email) {
        return get("EMAIL#" + email, "META#EMAIL")
                .flatMap(claim -> get("USER#" + Attrs.str(claim, "userId"), "META#USER"))
                .filter(user -> Attrs.flag(user, "active", true))
                .map(UserItems::toUser);
    }

    @Override
    public List<Membership> memberships(String userId) {
        return store.call(() -> store.client().queryPaginator(QueryRequest.builder().tableName(store.table("Users"))
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :member)")
                        .expressionAttributeValues(Map.of(":pk", Attrs.s("USER#" + userId), ":member", Attrs.s("MEMBER#")))
                        .consistentRead(true).build()).items().stream().map(UserItems::toMembership).toList());
    }

    @Override
    public Optional<Membership> membership(String tenantId, String userId) {
        return get("USER#" + userId, "MEMBER#" + tenantId).map(UserItems::toMembership);
    }

    @Override
    public Optional<UserAccount> find(String userId) {
        return get("USER#" + userId, "META#USER").map(UserItems::toUser);
    }

    @Override
    public boolean isSuperAdmin(String userId) {
        return get("USER#" + userId, "META#USER").map(user -> Attrs.flag(user, "superAdmin", false)).orElse(false);
    }

    @Override
    public void saveSuperAdmin(UserAccount admin) {
        Optional<Map<String, AttributeValue>> claim = get("EMAIL#" + admin.email().value(), "META#EMAIL");
        Map<String, AttributeValue> user = new HashMap<>(claim.isPresent()
                ? get("USER#" + Attrs.str(claim.get(), "userId"), "META#USER").orElseThrow()
                : UserItems.user(admin));
        user.put("superAdmin", Attrs.bool(true));
        user.put("passwordHash", Attrs.s(admin.passwordHash()));
        store.call(() -> store.client().putItem(PutItemRequest.builder().tableName(store.table("Users")).item(user)
                .build()));
        if (claim.isEmpty()) {
            store.call(() -> store.client().putItem(PutItemRequest.builder().tableName(store.table("Users"))
                    .item(UserItems.emailClaim(admin)).build()));
        }
    }

    private Optional<Map<String, AttributeValue>> get(String pk, String sk) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table("Users")).key(Attrs.key(pk, sk)).consistentRead(true).build())).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }
}
