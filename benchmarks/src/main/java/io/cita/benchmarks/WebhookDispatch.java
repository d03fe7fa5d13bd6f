package io.cita.benchmarks;

import com.sun.net.httpserver.HttpServer;
import io.cita.adapters.messaging.StandardWebhooksSender;
import io.cita.domain.delivery.WebhookEndpoint;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * The dispatcher's benchmarks (benchmarks/dispatch.sh): a local sink that answers every webhook at once and notes
 * when each booking's arrived; the dispatcher draining queued events into it against a raw loop that makes the same
 * signed calls with the same client and nothing else; and the time from a booking's 201 to its webhook's arrival.
 */
final class WebhookDispatch {
    private static final Pattern BOOKING = Pattern.compile("\"bookingId\":\"([^\"]+)\"");
    private static final String SECRET = "whsec_" + java.util.Base64.getEncoder()
            .encodeToString("cita-benchmark-secret-24".getBytes(StandardCharsets.UTF_8));

    private WebhookDispatch() {
    }

    /**
     * The {@code dispatch-*} drivers: {@code dispatch-setup <base> <events> <sink-port> <out-file>},
     * {@code dispatch-sink <base> <port> <count>}, {@code dispatch-raw <base> <port> <count> <threads>} and
     * {@code dispatch-latency <base> <sink-port> <rate> <seconds>}; {@code tenant} makes a fresh upgraded tenant.
     */
    static void run(String[] args, Http http, Supplier<Http.Tenant> tenant) throws Exception {
        switch (args[0]) {
            case "dispatch-setup" -> setup(http, tenant.get(), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Path.of(args[4]));
            case "dispatch-sink" -> sink(Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "dispatch-raw" -> raw(Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]));
            default -> latency(http, tenant.get(), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]));
        }
    }

    /** A sink on {@code port}: 200 at once to everything, the first arrival of each booking's webhook noted. */
    static final class Sink implements AutoCloseable {
        private final HttpServer server;
        private final ExecutorService threads = Executors.newFixedThreadPool(8);
        private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
        private final AtomicInteger received = new AtomicInteger();
        private volatile long first;
        private volatile long last;

        Sink(int port) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
            server.setExecutor(threads);
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                long now = System.nanoTime();
                Matcher booking = BOOKING.matcher(body);
                if (booking.find()) {
                    arrivals.putIfAbsent(booking.group(1), now);
                }
                if (received.getAndIncrement() == 0) {
                    first = now;
                }
                last = now;
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
                synchronized (this) {
                    notifyAll();
                }
            });
            server.start();
        }

        int received() {
            return received.get();
        }

        /** Waits, woken by each arrival, until {@code done} holds or {@code max} has passed. */
        synchronized void await(BooleanSupplier done, Duration max) throws InterruptedException {
            long deadline = System.nanoTime() + max.toNanos();
            while (!done.getAsBoolean()) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return;
                }
                wait(left);
            }
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    /** A tenant with a webhook endpoint on the sink and {@code events} bookings, their events still queued. */
    static void setup(Http http, Http.Tenant tenant, int events, int sinkPort, Path out) throws Exception {
        Http.Answer endpoint = http.json("POST", tenant.base() + "/webhook-endpoints", tenant.token(), Map.of(
                "url", "http://127.0.0.1:" + sinkPort + "/hook", "eventTypes", List.of("booking.created")));
        if (endpoint.status() != 201) {
            throw new IllegalStateException("endpoint refused: " + endpoint.raw());
        }
        String serviceId = LoadDriver.catalog(http, tenant, 1);
        LocalDate first = LocalDate.now(ZoneId.of("Europe/Madrid")).plusDays(2);
        int clients = 8;
        boolean notify = Boolean.parseBoolean(System.getenv().getOrDefault("NOTIFY", "false"));
        String[] clientIds = new String[clients];
        for (int c = 0; c < clients; c++) {
            clientIds[c] = http.json("POST", tenant.base() + "/clients", tenant.token(), Map.of("firstName", "B",
                    "phone", "+3460" + (1_000_000 + c))).json().path("id").asText();
            // without NOTIFY only the webhooks go out: the clients take no messages
            http.json("PUT", tenant.base() + "/clients/" + clientIds[c] + "/contact-preferences", tenant.token(),
                    Map.of("transactionalConsent", notify));
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.execute(() -> {
                for (int k = 0; next.getAndIncrement() < events; k++) {
                    Http.Answer booked = http.json("POST", tenant.base() + "/bookings", tenant.token(), Map.of(
                            "serviceId", serviceId,
                            "start", BookingThroughput.slot(first, client, clients, k).toString(),
                            "clientId", clientIds[client]));
                    if (booked.status() != 201) {
                        refused.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        Files.writeString(out, "tenant=" + tenant.id() + "\nrefused=" + refused.get() + "\n");
        System.out.printf("queued %d booking events (%d refused) for tenant %s%n", events - refused.get(),
                refused.get(), tenant.id());
    }

    /** Waits for {@code count} webhooks on a sink at {@code port} and prints the rate from the first to the last. */
    static void sink(int port, int count) throws Exception {
        try (Sink sink = new Sink(port)) {
            sink.await(() -> sink.received() >= count, Duration.ofMinutes(20));
            report("dispatcher", sink.received(), sink.last - sink.first);
        }
    }

    /** The same signed calls with the same client and {@code concurrency} threads, nothing else. */
    static void raw(int port, int count, int concurrency) throws Exception {
        try (Sink sink = new Sink(port)) {
            StandardWebhooksSender sender = new StandardWebhooksSender();
            WebhookEndpoint endpoint = WebhookEndpoint.of("whe_bench", "ten_bench", "http://127.0.0.1:" + port
                    + "/hook", Set.of(), SECRET, Instant.now());
            AtomicInteger next = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(concurrency);
            long start = System.nanoTime();
            for (int t = 0; t < concurrency; t++) {
                new Thread(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        sender.send(endpoint, "msg_" + i, Instant.now(), "{\"id\":\"evt_" + i + "\",\"type\":"
                                + "\"booking.created\",\"data\":{\"bookingId\":\"bkg_" + i + "\"}}");
                    }
                    done.countDown();
                }).start();
            }
            done.await();
            report("raw loop (" + concurrency + " threads)", sink.received(), System.nanoTime() - start);
        }
    }

    /**
     * Books at {@code rate} a second for {@code seconds} and measures each booking's 201 to its webhook, after a
     * warm-up of the same load for a third as long whose figures are dropped.
     */
    static void latency(Http http, Http.Tenant tenant, int sinkPort, int rate, int seconds) throws Exception {
        try (Sink sink = new Sink(sinkPort)) {
            http.json("POST", tenant.base() + "/webhook-endpoints", tenant.token(), Map.of(
                    "url", "http://127.0.0.1:" + sinkPort + "/hook", "eventTypes", List.of("booking.created")));
            String serviceId = LoadDriver.catalog(http, tenant, 1);
            LocalDate warmUp = LocalDate.now(ZoneId.of("Europe/Madrid")).plusDays(2);
            bookAtRate(http, tenant, serviceId, warmUp, rate, Math.max(1, seconds / 3), new ConcurrentHashMap<>());
            Map<String, Long> answered = new ConcurrentHashMap<>();
            bookAtRate(http, tenant, serviceId, warmUp.plusDays(30), rate, seconds, answered);
            sink.await(() -> sink.arrivals.keySet().containsAll(answered.keySet()), Duration.ofSeconds(30));
            Histogram histogram = new Histogram(3);
            int missing = 0;
            for (Map.Entry<String, Long> booking : answered.entrySet()) {
                Long arrived = sink.arrivals.get(booking.getKey());
                if (arrived == null) {
                    missing++;
                } else {
                    histogram.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(arrived - booking.getValue())));
                }
            }
            System.out.printf("%d bookings at %d/s: 201 -> webhook p50 %.0f ms, p99 %.0f ms, max %.0f ms, %d never "
                            + "arrived%n", answered.size(), rate, histogram.getValueAtPercentile(50) / 1e3,
                    histogram.getValueAtPercentile(99) / 1e3, histogram.getMaxValue() / 1e3, missing);
        }
    }

    /** Books at {@code rate} a second for {@code seconds} from {@code first}, noting when each 201 came back. */
    private static void bookAtRate(Http http, Http.Tenant tenant, String serviceId, LocalDate first, int rate,
                                   int seconds, Map<String, Long> answered) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        for (int i = 0; i < rate * seconds; i++) {
            long due = start + i * period;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            int n = i;
            pool.execute(() -> {
                Http.Answer booked = http.json("POST", tenant.base() + "/bookings", tenant.token(), Map.of(
                        "serviceId", serviceId, "start", BookingThroughput.slot(first, n).toString(),
                        "client", Map.of("firstName", "L", "phone", "+34611000001")));
                if (booked.status() == 201) {
                    answered.put(booked.json().path("id").asText(), System.nanoTime());
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
    }

    private static void report(String what, int count, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf("%s: %d webhooks in %.2f s = %.0f/s%n", what, count, seconds, count / seconds);
    }
}
