package io.cita.adapters.dynamodb;

import io.cita.application.port.out.LoginAttempts;
import io.cita.application.port.out.LoginAttempts.AccountFailures;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Login attempts in the Users table, kept a day by TTL: per e-mail and address (PK LOGIN#email#ip, SK
 * ATTEMPT#millis#random), and the same attempt again per e-mail alone (PK LOGINS#email) for the account-wide
 * slow-down.
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoLoginAttempts implements LoginAttempts {
    private static final Duration KEPT = Duration.ofDays(1);
    private final DynamoStore store;

    public DynamoLoginAttempts(DynamoStore store) {
        this.store = store;
    }

    @Override
    public void record(String email, String ip, boolean success, String failureReason, Instant at) {
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key(pk(email, ip),
                "ATTEMPT#" + sortable(at) + "#" + UUID.randomUUID()));
        item.put("success", Attrs.bool(success));
        Attrs.putIfPresent(item, "failureReason", failureReason);
        item.put("ttl", Attrs.n(at.plus(KEPT).getEpochSecond()));
        Map<String, AttributeValue> anywhere = new HashMap<>(item);
        anywhere.put("PK", Attrs.s(accountPk(email)));
        for (Map<String, AttributeValue> written : List.of(item, anywhere)) {
            store.call(() -> store.client().putItem(PutItemRequest.builder().tableName(store.table("Users"))
                    .item(written).build()));
        }
    }

    @Override
    public int recentFailures(String email, String ip, Instant since) {
        return failuresSinceSuccess(newestFirst(pk(email, ip), since)).count();
    }

    @Override
    public AccountFailures accountFailures(String email, Instant since) {
        return failuresSinceSuccess(newestFirst(accountPk(email), since));
    }

    @Override
    public boolean succeededFrom(String email, String ip, Instant since) {
        return newestFirst(pk(email, ip), since).stream().anyMatch(attempt -> Attrs.flag(attempt, "success", false));
    }

    private List<Map<String, AttributeValue>> newestFirst(String partition, Instant since) {
        return store.call(() -> store.client().queryPaginator(QueryRequest.builder().tableName(store.table("Users"))
                .keyConditionExpression("PK = :pk AND SK > :since")
                .expressionAttributeValues(Map.of(":pk", Attrs.s(partition),
                        ":since", Attrs.s("ATTEMPT#" + sortable(since) + "#~")))
                .scanIndexForward(false).consistentRead(true).build()).items().stream().toList());
    }

    /** The failures before the newest success, and the newest of them. */
    private static AccountFailures failuresSinceSuccess(List<Map<String, AttributeValue>> newestFirst) {
        int failures = 0;
        Instant latest = null;
        for (Map<String, AttributeValue> attempt : newestFirst) {
            if (Attrs.flag(attempt, "success", false)) {
                break;
            }
            if (latest == null) {
                latest = Instant.ofEpochMilli(Long.parseLong(Attrs.str(attempt, "SK").split("#")[1]));
            }
            failures++;
        }
        return new AccountFailures(failures, latest);
    }

    /** Zero-padded epoch milliseconds, so that string order is time order; "#~" after it excludes that instant. */
    private static String sortable(Instant at) {
        return String.format("%015d", at.toEpochMilli());
    }

    private static String accountPk(String email) {
        return "LOGINS#" + email;
    }

    private static String pk(String email, String ip) {
        return "LOGIN#" + email + "#" + (ip == null ? "0.0.0.0" : ip);
    }
}
