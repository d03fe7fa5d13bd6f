package io.cita.application.service.delivery;

import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.WebhookEndpoints;
import io.cita.application.port.out.WebhookSender;
import io.cita.domain.delivery.Delivery;
import io.cita.domain.delivery.RetrySchedule;
import io.cita.domain.delivery.WebhookEndpoint;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Calls a webhook endpoint with a delivery: only while the endpoint is enabled and its address still public; a 410
 * Gone disables the endpoint, other failures are retried on the webhooks' schedule (longer when Retry-After asks).
 */
record WebhookCourier(WebhookEndpoints endpoints, WebhookSender sender, RetrySchedule retries, WebhookUrlPolicy urls,
                      ClockPort clock) {
    /**
     * Calls the delivery's endpoint, read from {@code endpointsOf} (the batch's endpoints by id, read once each and
     * dropped from it when disabled here).
     */
    void deliver(Delivery delivery, Map<String, Optional<WebhookEndpoint>> endpointsOf, DeliveryRecorder recorder) {
        Optional<WebhookEndpoint> endpoint = endpointsOf.computeIfAbsent(delivery.recipient(),
                id -> endpoints.find(delivery.tenantId(), id)).filter(WebhookEndpoint::enabled);
        if (endpoint.isEmpty()) {
            recorder.record(delivery.dead("endpoint disabled or removed", null, clock.now()));
            return;
        }
        if (!urls.allows(endpoint.get().url())) {
            endpoints.save(endpoint.get().disabled("its address is not public any more"), null);
            endpointsOf.remove(delivery.recipient());
            recorder.record(delivery.dead("endpoint disabled: its address is not public any more", null, clock.now()));
            return;
        }
        Delivery sending = recorder.sending(delivery, clock.now());
        WebhookSender.Outcome outcome = sender.send(endpoint.get(), delivery.id(), clock.now(), delivery.payload());
        Instant now = clock.now();
        if (outcome.accepted()) {
            recorder.record(sending.sent(null, now));
        } else if (outcome.gone()) {
            endpoints.save(endpoint.get().disabled("answered 410 Gone"), null);
            endpointsOf.remove(delivery.recipient());
            recorder.record(sending.dead("endpoint gone (410), now disabled", outcome.error(), now));
        } else {
            recorder.record(sending.failed(outcome.error(), retries, ThreadLocalRandom.current().nextDouble(),
                    outcome.retryAfter(), now));
        }
    }
}
