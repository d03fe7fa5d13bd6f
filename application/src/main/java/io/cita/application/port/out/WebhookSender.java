package io.cita.application.port.out;

import io.cita.domain.delivery.WebhookEndpoint;
import java.time.Duration;
import java.time.Instant;

/** Outgoing port that posts one signed webhook message (Standard Webhooks) to an endpoint. */
public interface WebhookSender {
    /** Posts {@code body} as message {@code messageId} of {@code timestamp}, signed with the endpoint's secret. */
    Outcome send(WebhookEndpoint endpoint, String messageId, Instant timestamp, String body);

    /** A new signing secret in the scheme's own form ({@code whsec_} and base64). */
    String newSecret();

    /**
     * What the endpoint answered: its status (0 when it could not be reached), the Retry-After it asked for (null:
     * none) and, when it failed, why.
     */
    record Outcome(int status, Duration retryAfter, String error) {
        public boolean accepted() {
            return status >= 200 && status < 300;
        }

        /** 410 Gone: the receiver says the endpoint is no more. */
        public boolean gone() {
            return status == 410;
        }
    }
}
