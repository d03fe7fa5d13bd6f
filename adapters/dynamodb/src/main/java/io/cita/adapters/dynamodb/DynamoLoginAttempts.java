package io.cita.adapters.dynamodb;

import io.cita.application.port.out.LoginAttempts;
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

/** Login attempts in the Users table (PK LOGIN#email#ip, SK ATTEMPT#millis#random), kept a day by TTL. */
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
        store.call(() -> store.client().putItem(PutItemRequest.builder().tableName(store.table("Users")).item(item)
                .build()));
    }

    @Override
    public int recentFailures(String email, String ip, Instant since) {
        List<Map<String, AttributeValue>> newestFirst = store.call(() -> store.client().queryPaginator(
                QueryRequest.builder().tableName(store.table("Users"))
                        .keyConditionExpression("PK = :pk AND SK > :since")
                        .expressionAttributeValues(Map.of(":pk", Attrs.s(pk(email, ip)),
                                ":since", Attrs.s("ATTEMPT#" + sortable(since) + "#~")))
                        .scanIndexForward(false).consistentRead(true).build()).items().stream().toList());
        int failures = 0;
        for (Map<String, AttributeValue> attempt : newestFirst) {
            if (Attrs.flag(attempt, "success", false)) {
                break;
            }
            failures++;
        }
        return failures;
    }

    /** Zero-padded epoch milliseconds, so that string order is time order; "#~" after it excludes that instant. */
    private static String sortable(Instant at) {
        return String.format("%015d", at.toEpochMilli());
    }

    private static String pk(String email, String ip) {
        return "LOGIN#" + email + "#" + (ip == null ? "0.0.0.0" : ip);
    }
}
