package io.cita.bootstrap.e2e;

import com.sun.net.httpserver.HttpServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Stripe's API: it records every request (path, Authorization header, form fields), answers a
 * Checkout or billing-portal session with a URL as Stripe does, gives back the objects it was told to hold (a
 * subscription, an invoice) as Stripe's retrieve calls would, and can be told to fail the next requests.
 */
final class FakeStripe {
    static final String SECRET_KEY = "sk_test_cita_fake";
    private static FakeStripe instance;
    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final Map<String, String> objects = new ConcurrentHashMap<>();

    /** One request the fake received. */
    record Received(String path, String authorization, Map<String, String> form) {
    }

    private FakeStripe() {
        server = LocalJsonServer.start(exchange -> {
            String body = LocalJsonServer.body(exchange);
            String path = exchange.getRequestURI().getPath();
            int status = 200;
            String answer;
            if (failures.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                status = 500;
                answer = "{\"error\":{\"type\":\"api_error\",\"message\":\"failing on demand\"}}";
            } else if ("GET".equals(exchange.getRequestMethod())) {
                synchronized (received) {
                    received.add(new Received(path, exchange.getRequestHeaders().getFirst("Authorization"), Map.of()));
                }
                answer = objects.get(path);
                if (answer == null) {
                    status = 404;
                    answer = "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"resource_missing\"}}";
                }
            } else {
                synchronized (received) {
                    received.add(new Received(path, exchange.getRequestHeaders().getFirst("Authorization"),
                            FormFields.parse(body)));
                }
                int n = sessions.incrementAndGet();
                answer = path.endsWith("/checkout/sessions")
                        ? "{\"id\":\"cs_test_" + n + "\",\"object\":\"checkout.session\",\"mode\":\"subscription\","
                        + "\"url\":\"https://checkout.stripe.test/c/pay/cs_test_" + n + "\"}"
                        : "{\"id\":\"bps_" + n + "\",\"object\":\"billing_portal.session\","
                        + "\"url\":\"https://billing.stripe.test/p/session/bps_" + n + "\"}";
            }
            LocalJsonServer.answer(exchange, status, answer);
        });
    }

    static synchronized FakeStripe get() {
        if (instance == null) {
            instance = new FakeStripe();
        }
        return instance;
    }

    String baseUrl() {
        return LocalJsonServer.baseUrl(server);
    }

    /** The requests about one tenant (by its client reference or metadata), in order. */
    List<Received> about(String tenantId) {
        synchronized (received) {
            return received.stream().filter(request -> request.form().containsValue(tenantId)).toList();
        }
    }

    /** The requests made for one customer, in order. */
    List<Received> forCustomer(String customerId) {
        synchronized (received) {
            return received.stream().filter(request -> customerId.equals(request.form().get("customer"))).toList();
        }
    }

    /** Gives back {@code json} to a GET of {@code path} ({@code /v1/subscriptions/sub_1}) from now on. */
    void holds(String path, String json) {
        objects.put(path, json);
    }

    /** How many times {@code path} was fetched. */
    long fetches(String path) {
        synchronized (received) {
            return received.stream().filter(request -> request.path().equals(path) && request.form().isEmpty())
                    .count();
        }
    }

    /** Fails the next {@code count} requests with a 500. */
    void failNext(int count) {
        failures.set(count);
    }
}
