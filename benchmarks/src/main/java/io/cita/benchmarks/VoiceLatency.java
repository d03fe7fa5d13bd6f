package io.cita.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * The voice assistant's latency at a fixed rate (issue 13): GET /health, an "as soon as possible" {@code find_offers}
 * tool call through the Vapi webhook on a calendar blocked for the next 61 days (the engine walks the whole 62-day
 * window to the first free start), an {@code assistant-request}, and the same find_offers without a tool call id (so
 * without the idempotency store's two writes), each measured from its intended start, three runs of each in turn.
 */
final class VoiceLatency {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private VoiceLatency() {
    }

    static void run(Http http, Http.Tenant tenant, int rate, int seconds) throws Exception {
        LoadDriver.catalog(http, tenant, 1);
        String resourceId = http.json("GET", tenant.base() + "/resources", tenant.token(), null).json()
                .at("/items/0/id").asText();
        LocalDate firstFree = LocalDate.now(MADRID).plusDays(61);
        Http.Answer blocked = http.json("POST", tenant.base() + "/resources/" + resourceId + "/exceptions",
                tenant.token(), Map.of("kind", "BLOCK_INSTANTS", "from", Instant.now().toString(), "until",
                        firstFree.atStartOfDay(MADRID).toInstant().toString(), "reason", "booked up"));
        if (blocked.status() != 201) {
            throw new IllegalStateException("could not block the calendar: " + blocked.raw());
        }
        Http.Answer voice = http.json("PUT", tenant.base() + "/voice", tenant.token(), Map.of());
        String credential = voice.json().path("credential").asText();
        String path = "/webhooks/vapi/" + tenant.slug();
        AtomicLong ids = new AtomicLong();
        Map<String, Object> call = Map.of("id", "bench-call", "customer", Map.of("number", "+34600000000"));
        byte[] unkeyedFind = bytes(Map.of("message", Map.of("type", "tool-calls", "call", call, "toolCallList",
                List.of(Map.of("type", "function", "function", Map.of("name", "find_offers", "arguments",
                        Map.of("service", "Bench")))))));
        byte[] assistant = bytes(Map.of("message", Map.of("type", "assistant-request", "call", call)));
        for (int run = 1; run <= 3; run++) {
            Histogram health = FixedRate.send(http, "GET", "/health", null, () -> null, rate, seconds);
            Histogram find = FixedRate.send(http, "POST", path, credential, () -> bytes(Map.of("message",
                    Map.of("type", "tool-calls", "call", call, "toolCallList", List.of(Map.of("id",
                            "t" + ids.incrementAndGet(), "type", "function", "function", Map.of("name", "find_offers",
                                    "arguments", Map.of("service", "Bench"))))))), rate, seconds);
            Histogram setup = FixedRate.send(http, "POST", path, credential, () -> assistant, rate, seconds);
            Histogram unkeyed = FixedRate.send(http, "POST", path, credential, () -> unkeyedFind, rate, seconds);
            System.out.printf("run %d  rate %d/s  health p99 %.2f ms | find_offers p50 %.2f ms p99 %.2f ms (ratio "
                            + "%.2f) | assistant-request p50 %.2f ms p99 %.2f ms | find_offers without a tool call id "
                            + "p50 %.2f ms p99 %.2f ms%n", run, rate,
                    health.getValueAtPercentile(99) / 1e3, find.getValueAtPercentile(50) / 1e3,
                    find.getValueAtPercentile(99) / 1e3,
                    (double) find.getValueAtPercentile(99) / health.getValueAtPercentile(99),
                    setup.getValueAtPercentile(50) / 1e3, setup.getValueAtPercentile(99) / 1e3,
                    unkeyed.getValueAtPercentile(50) / 1e3, unkeyed.getValueAtPercentile(99) / 1e3);
        }
    }

    private static byte[] bytes(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
