package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.f4b6a3.ulid.UlidCreator;
import io.cita.adapters.dynamodb.DynamoDbLocalServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's start command, proven on the packaged jar itself rather than on a context booted in the test JVM: on
 * a fresh data directory the jar starts its embedded PostgreSQL, seeds the demo tenant and the demo super-admin,
 * books and refuses a double booking; after SIGTERM and a restart on the same data the booking is still there and
 * nothing is seeded twice. The same jar on DynamoDB Local (MICRONAUT_ENVIRONMENTS=dynamodb) does the same.
 */
class PackagedJarIT {
    private static final String OWNER = "owner@bellahair.example";
    private static final String OWNER_PASSWORD = "cita-demo-2026";
    private static final String ADMIN = "admin@cita.example";
    private static final String ADMIN_PASSWORD = "cita-admin-2026";

    @Test
    void onItsEmbeddedPostgres_theJarSeedsBooksAndKeepsTheBookingAcrossARestart() throws IOException, SQLException {
        Path data = Files.createTempDirectory(Path.of("target"), "jar-postgres-");
        try (ServiceJar service = new ServiceJar(ServiceJar.packaged(), Map.of("CITA_DATA_DIR", data.toString()),
                List.of(), data.resolve("service.log"))) {
            bookThenRestart(service);
            service.start();
            String port = Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(3).trim();
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port
                    + "/postgres?user=postgres").close()).as("no connection without the password")
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
            DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres",
                    Files.readString(data.resolve("postgres-password")).trim()).close();
        }
        assertThat(Files.readString(data.resolve("postgres/pg_hba.conf"))).contains("scram-sha-256")
                .doesNotContainPattern("(?m)^[^#].*trust\\s*$");
        assertThat(data.resolve("postgres/PG_VERSION")).as("PostgreSQL's data under CITA_DATA_DIR").exists();
        assertThat(data.resolve("jwt-secret")).as("the generated JWT secret is kept for the next start").exists();
    }

    @Test
    void onDynamoDbLocal_theSameJarSeedsBooksAndKeepsTheBookingAcrossARestart() throws IOException {
        int dynamoDb = DynamoDbLocalServer.start();
        Path data = Files.createTempDirectory(Path.of("target"), "jar-dynamodb-");
        try (ServiceJar service = new ServiceJar(ServiceJar.packaged(), Map.of(
                "MICRONAUT_ENVIRONMENTS", "dynamodb",
                "DYNAMODB_ENDPOINT", "http://localhost:" + dynamoDb,
                "CITA_DATA_DIR", data.toString(),
                "CITA_ADMIN_EMAIL", ADMIN, "CITA_ADMIN_PASSWORD", ADMIN_PASSWORD),
                List.of("-Dcita.demo.seed=true"), data.resolve("service.log"))) {
            bookThenRestart(service);
        }
        assertThat(data.resolve("postgres")).as("no PostgreSQL is started on DynamoDB").doesNotExist();
    }

    private static void bookThenRestart(ServiceJar service) {
        service.start();
        Api api = new Api(service.baseUrl());
        assertThat(api.get("/health", null).text("status")).isEqualTo("UP");
        assertThat(login(api, ADMIN, ADMIN_PASSWORD).status()).as("the demo super-admin logs in").isEqualTo(200);
        Api.Response signedUp = api.post("/v1/signup", null, TenantFixture.signUpBody(
                UlidCreator.getMonotonicUlid().toString().toLowerCase(Locale.ROOT)));
        assertThat(signedUp.status()).as("without a mail server a sign-up is created at once").isEqualTo(201);
        assertThat(signedUp.text("accessToken")).isNotEmpty();

        Api.Response owner = login(api, OWNER, OWNER_PASSWORD);
        assertThat(owner.status()).as(owner.raw()).isEqualTo(200);
        String token = owner.text("accessToken");
        String base = "/v1/tenants/" + owner.body().at("/memberships/0/tenantId").asText();
        assertThat(serviceNames(api, base, token)).containsExactlyInAnyOrder("Haircut", "Full Color", "Manicure");
        String haircut = serviceId(api, base, token, "Haircut");

        String from = TenantFixture.daysAhead(7).toString();
        String to = TenantFixture.daysAhead(13).toString();
        Api.Response availability = api.get(base + "/availability?serviceId=" + haircut + "&from=" + from + "&to=" + to,
                token);
        assertThat(availability.status()).as(availability.raw()).isEqualTo(200);
        String start = availability.body().at("/slots/0/start").asText();
        assertThat(start).isNotEmpty();

        Api.Response booked = api.post(base + "/bookings", token, Map.of("serviceId", haircut, "start", start,
                "client", Map.of("firstName", "Lucía", "phone", "+34600111222")));
        assertThat(booked.status()).as(booked.raw()).isEqualTo(201);
        Api.Response again = api.post(base + "/bookings", token, Map.of("serviceId", haircut, "start", start,
                "client", Map.of("firstName", "Pablo", "phone", "+34600333444")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        Api.Response malformed = api.post(base + "/bookings", token, "{\"serviceId\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        service.stop();
        service.start();
        String tokenAfter = login(api, OWNER, OWNER_PASSWORD).text("accessToken");
        Api.Response kept = api.get(base + "/bookings/" + booked.text("id"), tokenAfter);
        assertThat(kept.status()).as(kept.raw()).isEqualTo(200);
        assertThat(kept.text("start")).isEqualTo(booked.text("start"));
        assertThat(kept.text("status")).isEqualTo("CONFIRMED");
        assertThat(serviceNames(api, base, tokenAfter)).as("the demo tenant is not seeded twice").hasSize(3);
        service.stop();
    }

    private static Api.Response login(Api api, String email, String password) {
        return api.post("/v1/auth/login", null, Map.of("email", email, "password", password));
    }

    private static List<String> serviceNames(Api api, String base, String token) {
        List<String> names = new ArrayList<>();
        api.get(base + "/services", token).body().get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    private static String serviceId(Api api, String base, String token, String name) {
        for (JsonNode item : api.get(base + "/services", token).body().get("items")) {
            if (item.get("name").asText().equals(name)) {
                return item.get("id").asText();
            }
        }
        throw new AssertionError("no service named " + name);
    }
}
