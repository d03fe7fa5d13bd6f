package io.cita.adapters.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * Reads the table definitions of docs/dynamodb/tables (the same files `aws dynamodb create-table --cli-input-json`
 * takes, packaged on the classpath) into create-table requests under the configured prefix.
 */
final class TableDefinitions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TableDefinitions() {
    }

    static CreateTableRequest load(String logicalName, DynamoTables tables) {
        String resource = "dynamodb/tables/" + logicalName + ".json";
        try (InputStream in = TableDefinitions.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing table definition " + resource);
            }
            JsonNode definition = JSON.readTree(in);
            CreateTableRequest.Builder request = CreateTableRequest.builder()
                    .tableName(tables.name(logicalName))
                    .billingMode(BillingMode.fromValue(definition.path("BillingMode").asText("PAY_PER_REQUEST")))
                    .attributeDefinitions(attributes(definition.path("AttributeDefinitions")))
                    .keySchema(keys(definition.path("KeySchema")));
            List<GlobalSecondaryIndex> indexes = new ArrayList<>();
            for (JsonNode index : definition.path("GlobalSecondaryIndexes")) {
                indexes.add(GlobalSecondaryIndex.builder().indexName(index.path("IndexName").asText())
                        .keySchema(keys(index.path("KeySchema")))
                        .projection(Projection.builder().projectionType(ProjectionType.fromValue(
                                index.path("Projection").path("ProjectionType").asText("ALL"))).build())
                        .build());
            }
            if (!indexes.isEmpty()) {
                request.globalSecondaryIndexes(indexes);
            }
            return request.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static List<AttributeDefinition> attributes(JsonNode nodes) {
        List<AttributeDefinition> result = new ArrayList<>();
        for (JsonNode node : nodes) {
            result.add(AttributeDefinition.builder().attributeName(node.path("AttributeName").asText())
                    .attributeType(node.path("AttributeType").asText()).build());
        }
        return result;
    }

    private static List<KeySchemaElement> keys(JsonNode nodes) {
        List<KeySchemaElement> result = new ArrayList<>();
        for (JsonNode node : nodes) {
            result.add(KeySchemaElement.builder().attributeName(node.path("AttributeName").asText())
                    .keyType(node.path("KeyType").asText()).build());
        }
        return result;
    }
}
