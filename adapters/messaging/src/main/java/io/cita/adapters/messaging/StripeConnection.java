package io.cita.adapters.messaging;

import com.stripe.StripeClient;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The one stripe-java {@link StripeClient} of this instance, made from the secret key (none: payments are off) with
 * a configurable API base (a local fake in the tests), short timeouts and stripe-java's own retries.
 */
@Singleton
public class StripeConnection {
    private static final int TIMEOUT_MILLIS = 10_000;
    private final StripeClient client;

    public StripeConnection(@Nullable @Value("${cita.billing.stripe.secret-key:}") String secretKey,
                            @Nullable @Value("${cita.billing.stripe.api-base:}") String apiBase) {
        if (secretKey == null || secretKey.isBlank()) {
            this.client = null;
            return;
        }
        StripeClient.StripeClientBuilder builder = StripeClient.builder().setApiKey(secretKey)
                .setConnectTimeout(TIMEOUT_MILLIS).setReadTimeout(TIMEOUT_MILLIS).setMaxNetworkRetries(2);
        if (apiBase != null && !apiBase.isBlank()) {
            builder.setApiBase(apiBase);
        }
        this.client = builder.build();
    }

    /** The client, when a secret key is configured. */
    public Optional<StripeClient> client() {
        return Optional.ofNullable(client);
    }
}
