package io.cita.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Seats of one class session share a key; a one-to-one occupation is keyed by its owner alone. */
class SessionKeyTest {
    private static final Instant TEN = Instant.parse("2031-03-10T10:00:00Z");

    @Test
    void theBookingsOfOneClassSessionShareAKey_whoeverOwnsThem() {
        assertThat(SessionKey.of("bkg_a", "svc_yoga", TEN, 12)).isEqualTo(SessionKey.of("hold_b", "svc_yoga", TEN, 12));
        assertThat(SessionKey.of("bkg_a", "svc_yoga", TEN, 12))
                .isNotEqualTo(SessionKey.of("bkg_a", "svc_yoga", TEN.plusSeconds(3600), 12));
    }

    @Test
    void aServiceForOneIsKeyedByItsOwner() {
        assertThat(SessionKey.of("bkg_a", "svc_cut", TEN, 1)).isEqualTo("bkg_a");
    }
}
