package io.cita.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/** The consumed-capacity report counts each call and the units DynamoDB charged for it, per operation. */
class ConsumedCapacityReportTest {
    @TempDir
    static Path directory;
    private static ApplicationContext context;

    @BeforeAll
    static void start() {
        Map<String, Object> properties = new HashMap<>(DynamoTestStores.properties(DynamoDbLocalServer.start()));
        properties.put("cita.dynamodb.consumed-capacity-file", directory.resolve("capacity.txt").toString());
        context = ApplicationContext.run(properties, "dynamodb");
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void reportsCallsAndUnitsPerOperation() throws Exception {
        DynamoStore store = context.getBean(DynamoStore.class);
        ConsumedCapacityReport report = context.getBean(ConsumedCapacityReport.class);
        String table = store.table("Outbox");
        Map<String, AttributeValue> first = item();
        Map<String, AttributeValue> second = item();
        Map<String, AttributeValue> third = item();
        report.write();
        Map<String, String> before = byOperation(Files.readAllLines(directory.resolve("capacity.txt")));
        store.client().putItem(PutItemRequest.builder().tableName(table).item(first).build());
        store.client().getItem(GetItemRequest.builder().tableName(table).consistentRead(true)
                .key(Attrs.key(Attrs.str(first, "PK"), Attrs.str(first, "SK"))).build());
        store.client().transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(second).build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(third).build()).build()).build());

        report.write();

        // one write unit per 1 KB put, one read unit per strongly consistent 4 KB read, two units per transactional put
        Map<String, String> after = byOperation(Files.readAllLines(directory.resolve("capacity.txt"),
                StandardCharsets.UTF_8));
        assertThat(before).doesNotContainKeys("GetItem", "TransactWriteItems");
        assertThat(after).containsEntry("GetItem", "calls=1 units=1.0")
                .containsEntry("TransactWriteItems", "calls=1 units=4.0")
                .containsEntry("PutItem", plusOne(before.getOrDefault("PutItem", "calls=0 units=0.0")));
    }

    private static Map<String, String> byOperation(List<String> lines) {
        Map<String, String> result = new HashMap<>();
        lines.forEach(line -> result.put(line.substring(0, line.indexOf(' ')), line.substring(line.indexOf(' ') + 1)));
        return result;
    }

    /** The PutItem tally after one more 1-unit put (the start-up stores the default plans with PutItem too). */
    private static String plusOne(String tally) {
        String[] parts = tally.split("[ =]");
        return "calls=" + (Long.parseLong(parts[1]) + 1) + " units=" + (Double.parseDouble(parts[3]) + 1.0);
    }

    private static Map<String, AttributeValue> item() {
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key("TENANT#capacity-" + UUID.randomUUID(), "EVENT#1"));
        item.put("type", Attrs.s("created"));
        return item;
    }
}
