package io.cita.bootstrap.e2e;

import io.cita.adapters.dynamodb.DynamoStore;
import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads a whole store as text, below every port: each row of every PostgreSQL table, each item of every DynamoDB
 * table. What it finds is where a piece of personal data still is.
 */
final class StoreScan {
    private StoreScan() {
    }

    /** Every row or item containing one of {@code needles} (case ignored), as "table: text". */
    static List<String> find(Store store, ApplicationContext context, List<String> needles) {
        return store == Store.POSTGRES
                ? postgres(context.getRequiredProperty("datasources.default.url", String.class), needles)
                : dynamo(context.getBean(DynamoStore.class).client(), needles);
    }

    private static List<String> postgres(String url, List<String> needles) {
        List<String> found = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres")) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection.createStatement().executeQuery("SELECT table_name FROM "
                    + "information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                for (String needle : needles) {
                    try (PreparedStatement select = connection.prepareStatement("SELECT row_text::text FROM \""
                            + table + "\" AS row_text WHERE strpos(lower(row_text::text), ?) > 0")) {
                        select.setString(1, needle.toLowerCase(Locale.ROOT));
                        try (ResultSet rs = select.executeQuery()) {
                            while (rs.next()) {
                                found.add(table + " (" + needle + "): " + rs.getString(1));
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static List<String> dynamo(DynamoDbClient client, List<String> needles) {
        List<String> found = new ArrayList<>();
        for (String table : client.listTablesPaginator().tableNames()) {
            client.scanPaginator(scan -> scan.tableName(table).consistentRead(true)).items().forEach(item -> {
                String text = text(item).toLowerCase(Locale.ROOT);
                for (String needle : needles) {
                    if (text.contains(needle.toLowerCase(Locale.ROOT))) {
                        found.add(table + " (" + needle + "): " + item);
                    }
                }
            });
        }
        return found;
    }

    private static String text(Map<String, AttributeValue> item) {
        StringBuilder text = new StringBuilder();
        item.forEach((name, value) -> text.append(name).append('=').append(text(value)).append(' '));
        return text.toString();
    }

    private static String text(AttributeValue value) {
        if (value.s() != null) {
            return value.s();
        }
        if (value.hasM()) {
            return text(value.m());
        }
        if (value.hasL()) {
            return String.join(",", value.l().stream().map(StoreScan::text).toList());
        }
        if (value.hasSs()) {
            return String.join(",", value.ss());
        }
        return value.b() != null ? new String(value.b().asByteArray(), StandardCharsets.UTF_8)
                : String.valueOf(value.n());
    }
}
