package io.cita.application.service.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cita.application.error.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Webhooks go to public https URLs only: no plain http, no loopback, private, link-local or unique-local targets. */
class WebhookUrlPolicyTest {
    private final WebhookUrlPolicy strict = new WebhookUrlPolicy(false);

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.216.34/hook", "https://127.0.0.1/hook", "https://10.1.2.3/hook",
        "https://172.16.0.9/hook", "https://192.168.1.20/hook", "https://169.254.169.254/latest/meta-data",
        "https://[::1]/hook", "https://[fd12:3456::1]/hook", "https://0.0.0.0/hook", "ftp://93.184.216.34/x",
        "not a url", "https://user:pw@93.184.216.34/hook", ""})
    void refusedTargetsAnswer400NamingTheField(String url) {
        assertThatThrownBy(() -> strict.check("url", url)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.field()).isEqualTo("url"));
    }

    @Test
    void aPublicHttpsAddressIsAccepted_andTestsMayAllowPlainHttpToThisMachine() {
        assertThat(strict.check("url", "https://93.184.216.34/cita/hook")).isEqualTo("https://93.184.216.34/cita/hook");
        assertThat(new WebhookUrlPolicy(true).check("url", "http://127.0.0.1:8089/hook"))
                .isEqualTo("http://127.0.0.1:8089/hook");
    }
}
