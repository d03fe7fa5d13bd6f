package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.IdempotencyKeys.StoredResponse;
import io.cita.domain.shared.IdPrefix;
import org.junit.jupiter.api.Test;

/** Contract of the IdempotencyKeys port: one claim per tenant and key until it expires. */
public abstract class AbstractIdempotencyKeysContractTest extends PersistenceContract {

    @Test
    void aNewKeyIsClaimed_thenSeenInFlight_thenReplayedOnceComplete() {
        String tenant = id(IdPrefix.TENANT);
        String key = uniqueSlug();

        assertThat(stores().idempotencyKeys().claim(tenant, key, "fp1", NOW, NOW.plusSeconds(60))).isNull();
        StoredResponse inFlight = stores().idempotencyKeys().claim(tenant, key, "fp1", NOW, NOW.plusSeconds(60));
        assertThat(inFlight.inFlight()).isTrue();
        assertThat(inFlight.fingerprint()).isEqualTo("fp1");

        stores().idempotencyKeys().complete(tenant, key, 201, "{\"id\":1}");
        assertThat(stores().idempotencyKeys().claim(tenant, key, "fp2", NOW, NOW.plusSeconds(60)))
                .isEqualTo(new StoredResponse("fp1", 201, "{\"id\":1}"));
    }

    @Test
    void keysAreScopedPerTenant_andAnExpiredOrReleasedKeyCanBeClaimedAgain() {
        String tenant = id(IdPrefix.TENANT);
        String key = uniqueSlug();
        stores().idempotencyKeys().claim(tenant, key, "fp", NOW, NOW.plusSeconds(60));

        assertThat(stores().idempotencyKeys().claim(id(IdPrefix.TENANT), key, "fp", NOW, NOW.plusSeconds(60))).isNull();
        assertThat(stores().idempotencyKeys().claim(tenant, key, "fp", NOW.plusSeconds(61), NOW.plusSeconds(120))).isNull();

        stores().idempotencyKeys().release(tenant, key);
        assertThat(stores().idempotencyKeys().claim(tenant, key, "fp", NOW, NOW.plusSeconds(60))).isNull();
    }
}
