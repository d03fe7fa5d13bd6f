package io.cita.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Load and reliability drivers against a running Cita (see benchmarks/README.md):
 * {@code latency <base> <rate> <seconds>} compares availability with /health at a fixed rate;
 * {@code voice-latency <base> <rate> <seconds>} compares the Vapi webhook's find_offers and assistant-request with
 * /health ({@link VoiceLatency}); {@code contention <base> <rounds> <clients>} races clients on one slot per round;
 * {@code fuzz <base> <requests>} sends malformed and hostile requests to every endpoint;
 * {@code booking-throughput <base> <clients> <seconds> <ids-file> [days-per-client [capacity-file]]} books as fast as
 * answers come back, and {@code transact-write-loop <dynamodb-endpoint> <table-prefix> <clients> <seconds>} is its
 * DynamoDB baseline; {@code booking-setup <base> <out-file>} prepares a tenant for wrk ({@code benchmarks/wrk});
 * {@code dynamo-consistency <dynamodb-endpoint> <table-prefix> <tenant>} looks for half-written bookings after a crash;
 * {@code durability-load}, {@code durability-check} and {@code outage} serve the scripts in reliability/;
 * the {@code dispatch-*} drivers ({@link WebhookDispatch}) serve benchmarks/dispatch.sh.
 * The super-admin of the target (CITA_ADMIN_EMAIL/PASSWORD, the embedded demo's by default) upgrades the tenants
 * the drivers create. Every loop is bounded in count and time and targets only the given base URL.
 */
public final class LoadDriver {
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        Http http = new Http(args[1]);
        String adminEmail = System.getenv().getOrDefault("CITA_ADMIN_EMAIL", "admin@cita.example");
        String adminPassword = System.getenv().getOrDefault("CITA_ADMIN_PASSWORD", "cita-admin-2026");
        switch (args[0]) {
            case "latency" -> latency(http, http.tenant(adminEmail, adminPassword), Integer.parseInt(args[2]),
                    Integer.parseInt(args[3]));
            case "voice-latency" -> VoiceLatency.run(http, http.tenant(adminEmail, adminPassword),
                    Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "contention" -> contention(http, http.tenant(adminEmail, adminPassword), Integer.parseInt(args[2]),
                    Integer.parseInt(args[3]));
            case "fuzz" -> fuzz(http, http.tenant(adminEmail, adminPassword), Integer.parseInt(args[2]));
            case "durability-load" -> Durability.load(http, http.tenant(adminEmail, adminPassword),
                    Integer.parseInt(args[2]), Path.of(args[3]));
            case "durability-check" -> Durability.check(http, Path.of(args[2]));
            case "booking-throughput" -> BookingThroughput.run(http, http.tenant(adminEmail, adminPassword),
                    Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]),
                    args.length > 5 && args[5].equals("days-per-client"), args.length > 6 ? Path.of(args[6]) : null);
            case "booking-setup" -> BookingThroughput.setup(http, http.tenant(adminEmail, adminPassword),
                    Path.of(args[2]));
            case "dynamo-consistency" -> DynamoConsistency.check(URI.create(args[1]), args[2], args[3]);
            case "transact-write-loop" -> TransactWriteLoop.run(URI.create(args[1]), args[2], Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]));
            case "outage" -> Durability.outage(http, http.tenant(adminEmail, adminPassword), Integer.parseInt(args[2]));
            case "dispatch-setup", "dispatch-sink", "dispatch-raw", "dispatch-latency" ->
                    WebhookDispatch.run(args, http, () -> http.tenant(adminEmail, adminPassword));
            default -> throw new IllegalArgumentException("unknown driver " + args[0]);
        }
    }

    /** A service of 30 minutes on a 15-minute grid with one staff member working every day 00:00-24:00. */
    static String catalog(Http http, Http.Tenant tenant, int staff) {
        String serviceId = http.json("POST", tenant.base() + "/services", tenant.token(), Map.of("name", "Bench",
                "durationMinutes", 15, "slotIntervalMinutes", 15, "minNoticeMinutes", 0, "maxAdvanceDays", 730,
                "price", Map.of("amount", 1000, "currency", "EUR"))).json().path("id").asText();
        List<Map<String, String>> rules = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            rules.add(Map.of("dayOfWeek", day.name(), "start", "00:00", "end", "00:00"));
        }
        for (int i = 0; i < staff; i++) {
            String resourceId = http.json("POST", tenant.base() + "/resources", tenant.token(), Map.of("name", "Staff " + i,
                    "type", "STAFF", "serviceIds", List.of(serviceId))).json().path("id").asText();
            http.json("PUT", tenant.base() + "/resources/" + resourceId + "/schedule", tenant.token(),
                    Map.of("rules", rules));
        }
        return serviceId;
    }

    static void latency(Http http, Http.Tenant tenant, int rate, int seconds) throws Exception {
        String serviceId = catalog(http, tenant, 1);
        LocalDate day = LocalDate.now(MADRID).plusDays(7);
        String availability = tenant.base() + "/availability?serviceId=" + serviceId + "&from=" + day + "&to="
                + day.plusDays(6);
        for (int run = 1; run <= 3; run++) {
            Histogram health = FixedRate.send(http, "GET", "/health", null, () -> null, rate, seconds);
            Histogram slots = FixedRate.send(http, "GET", availability, tenant.token(), () -> null, rate,
                    seconds);
            System.out.printf("run %d  rate %d/s  health p50 %.2f ms p99 %.2f ms | availability p50 %.2f ms p99 %.2f ms"
                            + " | p99 ratio %.2f%n", run, rate, health.getValueAtPercentile(50) / 1e3,
                    health.getValueAtPercentile(99) / 1e3, slots.getValueAtPercentile(50) / 1e3,
                    slots.getValueAtPercentile(99) / 1e3,
                    (double) slots.getValueAtPercentile(99) / health.getValueAtPercentile(99));
        }
    }

    static void contention(Http http, Http.Tenant tenant, int rounds, int clients) throws Exception {
        String serviceId = catalog(http, tenant, 1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        int badRounds = 0;
        long began = System.nanoTime();
        LocalDate first = LocalDate.now(MADRID).plusDays(2);
        for (int round = 0; round < rounds; round++) {
            Instant start = first.plusDays(round / 90).atTime(0, 0).atZone(MADRID).toInstant()
                    .plusSeconds((round % 90) * 900L);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> attempts = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String phone = String.format("+3461%07d", round * 100 + c);
                attempts.add(pool.submit(() -> {
                    go.await();
                    return http.json("POST", tenant.base() + "/bookings", tenant.token(), Map.of("serviceId", serviceId,
                            "start", start.toString(), "client", Map.of("firstName", "C", "phone", phone))).status();
                }));
            }
            go.countDown();
            int created = 0;
            int other = 0;
            for (Future<Integer> attempt : attempts) {
                int status = attempt.get(60, TimeUnit.SECONDS);
                statuses.merge(status, 1, Integer::sum);
                if (status == 201) {
                    created++;
                } else if (status != 409) {
                    other++;
                }
            }
            if (created != 1 || other != 0) {
                badRounds++;
                System.out.println("round " + round + ": " + created + " created, " + other + " neither 201 nor 409");
            }
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - began) / 1e9;
        int overlaps = overlaps(http, tenant);
        System.out.printf("contention: %d rounds x %d clients in %.1f s (%.0f req/s); statuses %s; rounds without"
                        + " exactly one 201: %d; overlapping bookings in the store: %d%n", rounds, clients, seconds,
                rounds * clients / seconds, statuses, badRounds, overlaps);
    }

    /** Reads every booking back and counts overlapping pairs on the same resource. */
    private static int overlaps(Http http, Http.Tenant tenant) {
        Map<String, List<long[]>> byResource = new HashMap<>();
        String cursor = null;
        do {
            JsonNode page = http.json("GET", tenant.base() + "/bookings?limit=200" + (cursor == null ? "" : "&cursor="
                    + cursor), tenant.token(), null).json();
            for (JsonNode booking : page.path("items")) {
                if (!booking.path("status").asText().equals("CONFIRMED")) {
                    continue;
                }
                long start = OffsetDateTime.parse(booking.path("start").asText()).toEpochSecond();
                long end = OffsetDateTime.parse(booking.path("end").asText()).toEpochSecond();
                byResource.computeIfAbsent(booking.path("resourceIds").get(0).asText(), k -> new ArrayList<>())
                        .add(new long[] {start, end});
            }
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText(null);
        } while (cursor != null);
        int overlaps = 0;
        for (List<long[]> intervals : byResource.values()) {
            intervals.sort((a, b) -> Long.compare(a[0], b[0]));
            for (int i = 1; i < intervals.size(); i++) {
                if (intervals.get(i)[0] < intervals.get(i - 1)[1]) {
                    overlaps++;
                }
            }
        }
        return overlaps;
    }

    static void fuzz(Http http, Http.Tenant tenant, int requests) {
        String serviceId = catalog(http, tenant, 1);
        String base = tenant.base();
        List<String[]> routes = List.of(new String[] {"POST", base + "/bookings"}, new String[] {"POST", base + "/holds"},
                new String[] {"POST", base + "/services"}, new String[] {"PATCH", base + "/services/" + serviceId},
                new String[] {"POST", base + "/resources"}, new String[] {"POST", base + "/clients"},
                new String[] {"POST", base + "/categories"}, new String[] {"PATCH", base},
                new String[] {"POST", base + "/members"}, new String[] {"POST", base + "/api-keys"},
                new String[] {"POST", "/v1/signup"}, new String[] {"POST", "/v1/auth/login"},
                new String[] {"POST", "/v1/auth/refresh"}, new String[] {"GET", base + "/availability"},
                new String[] {"GET", base + "/bookings"}, new String[] {"GET", base + "/services/"},
                new String[] {"POST", "/v1/public/" + tenant.slug() + "/bookings"},
                new String[] {"POST", "/webhooks/whatsapp"});
        String[] values = {"null", "true", "-1", "0", "1e309", "99999999999999999999999999", "\"\"", "\"Mars/Olympus\"",
                "\"2030-02-30\"", "\"25:99\"", "\"../../etc/passwd\"", "[]", "{}", "\"<script>\"", "\"\\u0000\"",
                "\"" + "a".repeat(5000) + "\"", "\"2030-01-01T10:00:00Z\"", "\"" + serviceId + "\"", "1.5", "\"%00\""};
        String[] fields = {"serviceId", "start", "name", "durationMinutes", "price", "timezone", "email", "phone", "type",
                "rules", "kind", "seats", "client", "slug", "role", "tenant", "owner", "refreshToken", "limit", "x"};
        String[] pathSuffixes = {"/../../../etc/passwd", "/%2e%2e%2f%2e%2e", "/" + "9".repeat(300), "/%00", "/;drop",
                "?limit=-5", "?limit=abc&cursor=%ff", "?from=2030-13-45&to=x", "?serviceId=" + serviceId + "&from=2030-01-01&to=2031-01-01"};
        Random random = new Random(42);
        Map<Integer, Integer> statuses = new HashMap<>();
        int serverErrors = 0;
        int notProblem = 0;
        for (int i = 0; i < requests; i++) {
            String[] route = routes.get(random.nextInt(routes.size()));
            String path = route[1];
            byte[] body;
            String contentType = "application/json";
            switch (random.nextInt(8)) {
                case 0 -> body = randomBytes(random, 1 + random.nextInt(200));
                case 1 -> body = ("{\"" + fields[random.nextInt(fields.length)] + "\":").getBytes(StandardCharsets.UTF_8);
                case 2 -> body = new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
                case 3 -> body = new byte[1_100_000];
                case 4 -> {
                    body = "not json at all".getBytes(StandardCharsets.UTF_8);
                    contentType = random.nextBoolean() ? "text/plain" : "application/xml";
                }
                case 5 -> {
                    path = path + pathSuffixes[random.nextInt(pathSuffixes.length)];
                    body = "{}".getBytes(StandardCharsets.UTF_8);
                }
                default -> {
                    StringBuilder json = new StringBuilder("{");
                    int count = 1 + random.nextInt(4);
                    for (int f = 0; f < count; f++) {
                        if (f > 0) {
                            json.append(',');
                        }
                        json.append('"').append(fields[random.nextInt(fields.length)]).append("\":")
                                .append(values[random.nextInt(values.length)]);
                    }
                    body = json.append('}').toString().getBytes(StandardCharsets.UTF_8);
                }
            }
            String method = route[0];
            Http.Answer answer = http.send(method, path, random.nextInt(10) == 0 ? "garbage" : tenant.token(),
                    method.equals("GET") ? null : body, method.equals("GET") ? null : contentType);
            statuses.merge(answer.status(), 1, Integer::sum);
            if (answer.status() >= 500 || answer.status() < 0) {
                serverErrors++;
                if (serverErrors <= 5) {
                    System.out.println("5xx on " + method + " " + path + ": " + answer.raw());
                }
            } else if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")
                    && !path.startsWith("/webhooks")) {
                notProblem++;
                if (notProblem <= 5) {
                    System.out.println("not problem+json on " + method + " " + path + ": " + answer.status() + " "
                            + answer.contentType());
                }
            }
        }
        System.out.printf("fuzz: %d requests; statuses %s; 5xx or no answer: %d; errors without problem+json: %d%n",
                requests, statuses, serverErrors, notProblem);
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
