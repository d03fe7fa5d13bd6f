package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/**
 * Every request is one access-log event with its request id (the caller's, or a new one, and always answered back),
 * route template, status, duration, tenant and actor, and nothing personal: no address, no raw path, no reference.
 */
@ParameterizedClass
@EnumSource(Store.class)
class RequestLogTest {
    private final Api api;
    private final Logger access = (Logger) LoggerFactory.getLogger("cita.access");
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private Level before;

    RequestLogTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
    }

    @BeforeEach
    void capture() {
        before = access.getLevel();
        access.setLevel(Level.INFO);
        events.start();
        access.addAppender(events);
    }

    @AfterEach
    void release() {
        access.detachAppender(events);
        access.setLevel(before);
    }

    private Map<String, Object> fieldsOf(String requestId) {
        List<ILoggingEvent> all;
        synchronized (events) { // the appender appends under its own lock
            all = List.copyOf(events.list);
        }
        List<ILoggingEvent> mine = all.stream().filter(event -> event.getKeyValuePairs() != null
                && event.getKeyValuePairs().stream().anyMatch(pair -> requestId.equals(pair.value))).toList();
        assertThat(mine).as("one event for " + requestId).hasSize(1);
        return mine.get(0).getKeyValuePairs().stream().filter(pair -> pair.value != null)
                .collect(Collectors.toMap(pair -> pair.key, pair -> pair.value));
    }

    @Test
    void aRequestIsLoggedOnceWithItsIdRouteStatusTenantAndActor_andNothingPersonal() {
        TenantFixture tenant = TenantFixture.signUp(api);
        Api.Response listed = api.send("GET", tenant.base + "/clients", tenant.token, null,
                Map.of("X-Request-Id", "req-42.abc"));
        assertThat(listed.http().headers().firstValue("X-Request-Id")).contains("req-42.abc");

        Map<String, Object> fields = fieldsOf("req-42.abc");
        assertThat(fields).containsEntry("method", "GET").containsEntry("route", "/v1/tenants/{tenantId}/clients")
                .containsEntry("status", 200).containsEntry("tenantId", tenant.tenantId).containsKey("durationMs");
        assertThat(String.valueOf(fields.get("actor"))).startsWith("USER:usr_");
        assertThat(fields.toString()).doesNotContain(api.address()).doesNotContain(tenant.ownerEmail);

        Api.Response unsafe = api.send("GET", "/v1/public/no-such-business/bookings/ABCD2345/lookup", null, null,
                Map.of("X-Request-Id", "<script>"));
        String generated = unsafe.http().headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(generated).isNotEqualTo("<script>").matches("[0-9a-f-]{36}");
        assertThat(fieldsOf(generated).toString()).doesNotContain("ABCD2345").doesNotContain("no-such-business");
    }
}
