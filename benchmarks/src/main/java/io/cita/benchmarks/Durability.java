package io.cita.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drivers for the crash and outage checks: a booking load that records every 201 on disk (so a {@code kill -9} of
 * the service can be checked against it afterwards), and a steady reader that times the answers while the database
 * goes away and comes back.
 */
final class Durability {
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private Durability() {
    }

    /**
     * Books distinct slots from 8 clients for {@code seconds}, each client on days of its own (so on DynamoDB they do
     * not queue on one resource-day item), appending each created booking's id to {@code out}.
     */
    static void load(Http http, Http.Tenant tenant, int seconds, Path out) throws Exception {
        String serviceId = LoadDriver.catalog(http, tenant, 1);
        Files.writeString(out, tenant.id() + " " + tenant.token() + "\n", StandardCharsets.UTF_8);
        AtomicInteger created = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        LocalDate first = LocalDate.now(MADRID).plusDays(2);
        ClosedLoop.run(8, seconds, (client, k) -> {
            Instant start = BookingThroughput.slot(first, client, 8, k);
            Http.Answer answer = http.json("POST", tenant.base() + "/bookings", tenant.token(),
                    Map.of("serviceId", serviceId, "start", start.toString(), "client",
                            Map.of("firstName", "D", "phone", String.format("+3462%07d", client * 1_000_000 + k))));
            if (answer.status() == 201) {
                created.incrementAndGet();
                append(out, answer.json().path("id").asText());
            } else {
                failed.incrementAndGet();
            }
        });
        System.out.printf("durability load: %d bookings acknowledged with 201, %d requests failed or refused%n",
                created.get(), failed.get());
    }

    private static synchronized void append(Path out, String id) {
        try {
            Files.writeString(out, id + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads back every booking that was acknowledged before the crash. */
    static void check(Http http, Path in) throws IOException {
        List<String> lines = Files.readAllLines(in, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(" ");
        int missing = 0;
        for (String id : lines.subList(1, lines.size())) {
            Http.Answer answer = http.send("GET", "/v1/tenants/" + header[0] + "/bookings/" + id, header[1], null, null);
            if (answer.status() != 200 || !answer.json().path("status").asText().equals("CONFIRMED")) {
                missing++;
                System.out.println("missing after restart: " + id + " -> " + answer.status());
            }
        }
        System.out.printf("durability check: %d acknowledged bookings, %d missing after the restart%n", lines.size() - 1,
                missing);
    }

    /** Reads bookings every 100 ms for {@code seconds}, printing each second's answers and the slowest one. */
    static void outage(Http http, Http.Tenant tenant, int seconds) throws InterruptedException {
        long begin = System.nanoTime();
        for (int second = 0; second < seconds; second++) {
            StringBuilder statuses = new StringBuilder();
            long slowest = 0;
            boolean stackTrace = false;
            boolean notProblem = false;
            for (int i = 0; i < 10; i++) {
                long sent = System.nanoTime();
                Http.Answer answer = http.send("GET", tenant.base() + "/bookings", tenant.token(), null, null);
                long took = (System.nanoTime() - sent) / 1_000_000;
                slowest = Math.max(slowest, took);
                statuses.append(answer.status()).append(' ');
                stackTrace |= answer.raw().contains("Exception") || answer.raw().contains("\tat ");
                notProblem |= answer.status() >= 500 && !answer.contentType().startsWith("application/problem+json");
                long sleep = 100 - took;
                if (sleep > 0) {
                    Thread.sleep(sleep);
                }
            }
            System.out.printf("t=%2ds  %s slowest %d ms%s%s%n", (System.nanoTime() - begin) / 1_000_000_000L,
                    statuses.toString().trim(), slowest, stackTrace ? " STACK TRACE" : "",
                    notProblem ? " NOT PROBLEM+JSON" : "");
        }
    }
}
