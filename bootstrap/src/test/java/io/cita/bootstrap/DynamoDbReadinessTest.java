package io.cita.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.adapters.dynamodb.DynamoDbLocalServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/** Readiness on DynamoDB follows the store: UP while it answers, DOWN when nothing listens at its endpoint. */
class DynamoDbReadinessTest {

    private static HealthStatus readiness(String endpoint, boolean createTables) {
        try (ApplicationContext context = ApplicationContext.builder().environments("dynamodb").properties(Map.of(
                "aws.services.dynamodb.endpoint-override", endpoint, "aws.region", "eu-west-1",
                "aws.access-key-id", "local", "aws.secret-key", "local",
                "cita.jwt.secret", "test-secret-test-secret-test-secret-0123456789",
                "cita.dynamodb.create-tables", createTables)).start()) {
            return first(context.getBean(DynamoDbReadiness.class).getResult()).getStatus();
        }
    }

    private static HealthResult first(Publisher<HealthResult> results) {
        CompletableFuture<HealthResult> first = new CompletableFuture<>();
        results.subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(1);
            }

            @Override
            public void onNext(HealthResult result) {
                first.complete(result);
            }

            @Override
            public void onError(Throwable failure) {
                first.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                first.complete(null);
            }
        });
        return first.join();
    }

    @Test
    void upWhileDynamoDbAnswers() {
        assertThat(readiness("http://localhost:" + DynamoDbLocalServer.start(), true)).isEqualTo(HealthStatus.UP);
    }

    @Test
    void downWhenNothingListensAtTheEndpoint() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThat(CompletableFuture.supplyAsync(() -> readiness("http://localhost:" + closed, false))
                .get(60, TimeUnit.SECONDS)).isEqualTo(HealthStatus.DOWN);
    }
}
