package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.out.Categories;
import io.cita.application.port.out.PasswordHasher;
import io.cita.application.port.out.Resources;
import io.cita.application.port.out.Schedules;
import io.cita.application.port.out.Tenants;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.BookingStatus;
import io.cita.domain.catalog.Service;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.resource.Resource;
import io.cita.domain.resource.ResourceType;
import io.cita.domain.schedule.ExceptionKind;
import io.cita.domain.schedule.WeeklyRule;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Tenant;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Seed 000's example items (the DERMASKIN clinic), written raw into the tables an existing deployment has, are read
 * through the ports and served by the API of a Cita started on DynamoDB.
 */
class SeedCompatibilityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ApplicationContext context;
    private static DynamoDbClient client;
    private final Api api = new Api(BootedService.baseUrl(Store.DYNAMODB));

    @BeforeAll
    static void writeTheSeedItemsRaw() throws IOException {
        context = BootedService.context(Store.DYNAMODB);
        client = context.getBean(DynamoDbClient.class);
        try (InputStream in = SeedCompatibilityTest.class.getResourceAsStream("/seed000/items.json")) {
            JsonNode tables = JSON.readTree(in);
            for (Iterator<String> names = tables.fieldNames(); names.hasNext(); ) {
                String table = names.next();
                for (JsonNode item : tables.get(table)) {
                    client.putItem(builder -> builder.tableName("cita-" + table).item(item(item).m()));
                }
            }
        }
        PasswordHasher hasher = context.getBean(PasswordHasher.class);
        client.putItem(builder -> builder.tableName("cita-Users").item(Map.of(
                "PK", s("USER#usr_derma"), "SK", s("META#USER"), "userId", s("usr_derma"),
                "email", s("admin@dermaskin.cl"), "passwordHash", s(hasher.hash("dermaskin-2025")),
                "firstName", s("Ana"), "lastName", s("Martínez"), "createdAt", s("2025-01-01T10:00:00Z"))));
        client.putItem(builder -> builder.tableName("cita-Users").item(Map.of(
                "PK", s("EMAIL#admin@dermaskin.cl"), "SK", s("META#EMAIL"), "userId", s("usr_derma"))));
        client.putItem(builder -> builder.tableName("cita-Users").item(Map.of(
                "PK", s("USER#usr_derma"), "SK", s("MEMBER#DERMASKIN"), "tenantId", s("DERMASKIN"),
                "userId", s("usr_derma"), "role", s("OWNER"))));
    }

    @Test
    void theSeedItemsReadThroughThePorts() {
        Tenant tenant = context.getBean(Tenants.class).find("DERMASKIN").orElseThrow();
        assertThat(tenant.name()).isEqualTo("Clínica Dermaskin");
        assertThat(tenant.timezone()).isEqualTo(ZoneId.of("America/Santiago"));
        assertThat(tenant.plan()).isEqualTo(PlanCode.PROFESSIONAL);
        assertThat(tenant.currency()).isEqualTo("CLP");
        assertThat(tenant.locale()).isEqualTo(Language.ES);
        assertThat(tenant.settings()).containsEntry("widget.primaryColor", "#4A90E2");

        assertThat(context.getBean(Categories.class).find("DERMASKIN", "cat_001").orElseThrow().name()).isEqualTo("Facial");
        Service service = context.getBean(CatalogServices.class).find("DERMASKIN", "svc_123").orElseThrow();
        assertThat(service.name()).isEqualTo("Limpieza Facial");
        assertThat(service.durationMinutes()).isEqualTo(60);
        assertThat(service.price().amount()).isEqualTo(35000);
        assertThat(service.price().currency()).isEqualTo("CLP");

        Resource provider = context.getBean(Resources.class).find("DERMASKIN", "pro_456").orElseThrow();
        assertThat(provider.type()).isEqualTo(ResourceType.STAFF);
        assertThat(provider.serviceIds()).containsExactlyInAnyOrder("svc_123", "svc_456");
        assertThat(context.getBean(Schedules.class).weeklyRules("DERMASKIN", "pro_456")).containsExactly(
                new WeeklyRule(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0), null, null),
                new WeeklyRule(DayOfWeek.MONDAY, LocalTime.of(15, 0), LocalTime.of(18, 0), null, null));
        assertThat(context.getBean(Schedules.class).exceptions("DERMASKIN", "pro_456")).singleElement()
                .satisfies(exception -> {
                    assertThat(exception.kind()).isEqualTo(ExceptionKind.BLOCK_DATE);
                    assertThat(exception.date()).isEqualTo(LocalDate.of(2025, 1, 10));
                    assertThat(exception.reason()).isEqualTo("Vacaciones");
                });

        Booking booking = context.getBean(Bookings.class).find("DERMASKIN", "bkg_789").orElseThrow();
        assertThat(booking.time().start()).isEqualTo(Instant.parse("2025-01-10T18:30:00Z"));
        assertThat(booking.time().end()).isEqualTo(Instant.parse("2025-01-10T19:30:00Z"));
        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booking.resourceIds()).containsExactly("pro_456");
        assertThat(context.getBean(Bookings.class).find("OTHER", "bkg_789")).isEmpty();
    }

    @Test
    void theSeedTenantIsServedByTheApi_andItsBookingsBlockTheirSlots() {
        String token = api.post("/v1/auth/login", null, Map.of("email", "admin@dermaskin.cl",
                "password", "dermaskin-2025")).text("accessToken");
        String base = "/v1/tenants/DERMASKIN";
        assertThat(api.get(base, token).text("timezone")).isEqualTo("America/Santiago");
        assertThat(api.get(base + "/services/svc_123", token).text("price.currency")).isEqualTo("CLP");
        assertThat(api.get(base + "/resources/pro_456/schedule", token).body().get("rules")).hasSize(2);
        Api.Response listed = api.get(base + "/bookings?from=2025-01-10T00:00:00Z&to=2025-01-11T00:00:00Z", token);
        assertThat(listed.body().get("items")).hasSize(1);
        assertThat(listed.body().get("items").get(0).get("start").asText()).isEqualTo("2025-01-10T15:30:00-03:00");
        assertThat(api.get(base + "/bookings/bkg_789", token).text("clientId")).isEqualTo("customer:juan@example.com");

        ZoneId santiago = ZoneId.of("America/Santiago");
        LocalDate monday = LocalDate.now(santiago).plusDays(3).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Instant start = monday.atTime(10, 0).atZone(santiago).toInstant();
        Map<String, Object> later = new LinkedHashMap<>(Map.of("PK", "TENANT#DERMASKIN#PROVIDER#pro_456",
                "SK", "BOOKING#" + monday + "#10:00#bkg_790", "tenantId", "DERMASKIN", "bookingId", "bkg_790",
                "serviceId", "svc_123", "providerId", "pro_456", "customerName", "Eva Soto",
                "customerEmail", "eva@example.com", "datetime", start.toString(), "status", "CONFIRMED"));
        later.put("createdAt", "2025-01-01T10:00:00Z");
        later.put("updatedAt", "2025-01-01T10:00:00Z");
        client.putItem(builder -> builder.tableName("cita-Bookings").item(item(JSON.valueToTree(later)).m()));

        Api.Response slots = api.get(base + "/availability?serviceId=svc_123&from=" + monday + "&to=" + monday, token);
        List<String> starts = new ArrayList<>();
        slots.body().get("slots").forEach(slot -> starts.add(slot.get("start").asText()));
        assertThat(starts).contains(monday + "T09:00:00" + offset(start, santiago))
                .doesNotContain(monday + "T10:00:00" + offset(start, santiago))
                .hasSize(6);
        Api.Response taken = api.post(base + "/bookings", token, Map.of("serviceId", "svc_123",
                "start", monday + "T10:00:00" + offset(start, santiago),
                "client", Map.of("firstName", "Otro", "phone", "+56911112222")));
        assertThat(taken.status()).isEqualTo(409);
    }

    private static String offset(Instant instant, ZoneId zone) {
        return instant.atZone(zone).getOffset().getId();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    /** A JSON value as DynamoDB stores it: strings S, numbers N, booleans BOOL, arrays L, objects M. */
    private static AttributeValue item(JsonNode node) {
        if (node.isObject()) {
            Map<String, AttributeValue> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(field -> map.put(field.getKey(), item(field.getValue())));
            return AttributeValue.fromM(map);
        }
        if (node.isArray()) {
            List<AttributeValue> list = new ArrayList<>();
            node.forEach(element -> list.add(item(element)));
            return AttributeValue.fromL(list);
        }
        if (node.isNumber()) {
            return AttributeValue.fromN(node.asText());
        }
        if (node.isBoolean()) {
            return AttributeValue.fromBool(node.asBoolean());
        }
        return node.isNull() ? AttributeValue.fromNul(true) : AttributeValue.fromS(node.asText());
    }
}
