package io.cita.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.adapters.dynamodb.DynamoDbLocalServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Stopping an instance (SIGTERM, a deploy) lets the requests it is answering finish before it goes: the stop waits
 * for the request held in flight, which then gets its whole answer.
 */
class GracefulShutdownTest {
    @Test
    void aRequestInFlightWhenTheInstanceStopsGetsItsAnswer() throws Exception {
        ApplicationContext context = ApplicationContext.builder().environments("dynamodb").properties(Map.of(
                "aws.services.dynamodb.endpoint-override", "http://localhost:" + DynamoDbLocalServer.start(),
                "aws.region", "eu-west-1", "aws.access-key-id", "local", "aws.secret-key", "local",
                "cita.jwt.secret", "test-secret-test-secret-test-secret-0123456789",
                "cita.dynamodb.create-tables", true, "cita.demo.seed", false, "micronaut.server.port", -1,
                "cita.test.slow-route", true)).start();
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        server.start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.getPort() + "/test/slow")).timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(SlowRoute.ENTERED.await(60, TimeUnit.SECONDS)).as("the request reached its route").isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(context::stop);
        Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> !stopping.isDone());
        SlowRoute.RELEASE.countDown();

        HttpResponse<String> answer = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("finished");
        stopping.get(60, TimeUnit.SECONDS);
    }
}
