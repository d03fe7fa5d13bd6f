package io.cita.adapters.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Whom X-Forwarded-For is believed from, and which of its addresses is the caller. */
class TrustedProxiesTest {
    private final TrustedProxies proxies = new TrustedProxies("10.0.0.0/8, 127.0.0.1, fd00::/8");

    @Test
    void behindATrustedProxy_theCallerIsTheRightMostUntrustedHop() {
        assertThat(proxies.caller("10.1.2.3", "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(proxies.caller("10.1.2.3", "198.51.100.1, 203.0.113.7, 10.9.9.9")).isEqualTo("203.0.113.7");
        assertThat(proxies.caller("127.0.0.1", "2001:db8::1")).isEqualTo("2001:db8::1");
        assertThat(proxies.caller("fd12::1", "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(proxies.caller("10.1.2.3", "10.2.2.2, 10.3.3.3")).isEqualTo("10.1.2.3");
    }

    @Test
    void fromAnyoneElse_orWithAHopThatIsNoAddress_theHeaderIsIgnored() {
        assertThat(proxies.caller("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
        assertThat(proxies.caller("11.0.0.1", "198.51.100.1")).isEqualTo("11.0.0.1");
        assertThat(proxies.caller("10.1.2.3", "evil.example.com")).isEqualTo("10.1.2.3");
        assertThat(proxies.caller("10.1.2.3", "cafe.be")).isEqualTo("10.1.2.3");
        assertThat(proxies.caller("10.1.2.3", null)).isEqualTo("10.1.2.3");
        assertThat(new TrustedProxies("").caller("127.0.0.1", "203.0.113.7")).isEqualTo("127.0.0.1");
    }

    @Test
    void aMalformedEntryIsRefusedAtStart() {
        assertThatThrownBy(() -> new TrustedProxies("10.0.0.0/8, lb.internal"))
                .hasMessageContaining("lb.internal");
    }
}
