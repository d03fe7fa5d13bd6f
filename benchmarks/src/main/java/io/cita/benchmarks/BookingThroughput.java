package io.cita.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop booking create over HTTP: {@code clients} threads each book the next free 15-minute slot as fast as
 * answers come back, for {@code seconds}; prints throughput and latency percentiles, and writes the ids a
 * {@code pgbench} script needs to insert the same rows ({@code benchmarks/booking-vs-pgbench.sh}).
 */
final class BookingThroughput {
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private BookingThroughput() {
    }

    /**
     * The k-th slot of one client when each client books days of its own: client c takes the UTC days
     * first+c, first+c+clients, … in 15-minute steps, so no two clients ever write the same resource-day.
     */
    static Instant slot(LocalDate first, int client, int clients, int k) {
        return slot(first.plusDays(client + (long) clients * (k / 96)), k % 96);
    }

    /**
     * The n-th 15-minute slot from the start of {@code first}, counted in UTC days of 96 slots: Madrid days would
     * have 92 or 100 slots on clock changes and the sequence would book one slot twice.
     */
    static Instant slot(LocalDate first, int n) {
        return first.plusDays(n / 96).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds((n % 96) * 900L);
    }

    /**
     * Prepares a run of an outside load generator (wrk, {@code benchmarks/wrk/booking.lua}): a fresh tenant with the
     * bench catalog and one booking a day before the load's first slot (so its client exists), and writes what the
     * generator and pgbench need to {@code out} as shell assignments: the owner's token, the tenant, service,
     * resource and client ids, and the load's first slot in epoch seconds (UTC midnight two days ahead).
     */
    static void setup(Http http, Http.Tenant tenant, Path out) throws IOException {
        String serviceId = LoadDriver.catalog(http, tenant, 1);
        LocalDate first = LocalDate.now(MADRID).plusDays(2);
        Http.Answer booked = http.json("POST", tenant.base() + "/bookings", tenant.token(), Map.of("serviceId",
                serviceId, "start", slot(first.minusDays(1), 0).toString(),
                "client", Map.of("firstName", "T", "phone", "+34600000001")));
        if (booked.status() != 201) {
            throw new IllegalStateException("the setup booking was refused: " + booked.raw());
        }
        Files.write(out, List.of("token=" + tenant.token(), "tenant=" + tenant.id(), "service=" + serviceId,
                "resource=" + booked.json().path("resourceIds").path(0).asText(),
                "client=" + booked.json().path("clientId").asText(),
                "first=" + slot(first, 0).getEpochSecond()), StandardCharsets.UTF_8);
    }

    /**
     * Books for {@code seconds}; with {@code capacityFile} (a Cita on DynamoDB writing its consumed-capacity report
     * there) also prints the DynamoDB calls and capacity units the service spent per booking.
     */
    static void run(Http http, Http.Tenant tenant, int clients, int seconds, Path ids, boolean daysPerClient,
                    Path capacityFile) throws Exception {
        String serviceId = LoadDriver.catalog(http, tenant, 1);
        Map<String, double[]> capacityBefore = null;
        if (capacityFile != null) {
            capacityBefore = CapacityFile.afterNextWrite(capacityFile);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        LocalDate first = LocalDate.now(MADRID).plusDays(2);
        ClosedLoop.Result result = ClosedLoop.run(clients, seconds, (client, k) -> {
            Instant start = daysPerClient ? slot(first, client, clients, k) : slot(first, next.getAndIncrement());
            Http.Answer answer = http.json("POST", tenant.base() + "/bookings", tenant.token(),
                    Map.of("serviceId", serviceId, "start", start.toString(),
                            "client", Map.of("firstName", "T", "phone", "+34600000001")));
            if (answer.status() == 201) {
                created.incrementAndGet();
            } else if (failed.incrementAndGet() <= 5) {
                System.out.println("not created: " + answer.status() + " " + answer.raw());
            }
        });
        System.out.printf("http booking create: %d clients, %d created, %d failed, %.0f bookings/s, p50 %.2f ms,"
                        + " p99 %.2f ms%n", clients, created.get(), failed.get(), created.get() / result.seconds(),
                result.millisAt(50), result.millisAt(99));
        if (capacityFile != null) {
            CapacityFile.printPerBooking(capacityFile, capacityBefore, Math.max(1, created.get() + failed.get()));
        }
        String resourceId = http.json("GET", tenant.base() + "/resources", tenant.token(), null).json()
                .path("items").path(0).path("id").asText();
        String clientId = http.json("GET", tenant.base() + "/clients", tenant.token(), null).json()
                .path("items").path(0).path("id").asText();
        Files.write(ids, List.of("tenant=" + tenant.id(), "service=" + serviceId, "resource=" + resourceId,
                "client=" + clientId), StandardCharsets.UTF_8);
    }
}
