package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Races over HTTP: the store, not luck, decides who wins. */
@ParameterizedClass
@EnumSource(Store.class)
class ConcurrencyTest {
    private final Api api;

    ConcurrencyTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
    }

    private static List<Integer> race(List<Callable<Integer>> attempts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(attempts)) {
                statuses.add(status.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void thirtyTwoParallelBookingsOfOneSlot_exactlyOneWins_theRestGet409_noneFail() throws Exception {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of());
        tenant.createStaff(serviceId);
        String start = TenantFixture.at(TenantFixture.daysAhead(5), 10, 0);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            String phone = String.format("+346100%05d", i);
            attempts.add(() -> tenant.book(serviceId, start, phone).status());
        }

        List<Integer> statuses = race(attempts);

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(31);
        Api.Response bookings = api.get(tenant.base + "/bookings", tenant.token);
        assertThat(bookings.body().get("items")).hasSize(1);
    }

    @Test
    void twentyParallelBookingsAtTheMonthlyLimitMinusOne_exactlyOneWins() throws Exception {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of("durationMinutes", 15, "slotIntervalMinutes", 15));
        tenant.createStaff(serviceId);
        LocalDate day = TenantFixture.daysAhead(20);
        for (int i = 0; i < 49; i++) {
            int minutes = 9 * 60 + (i % 40) * 15;
            assertThat(tenant.book(serviceId, TenantFixture.at(day.plusDays(i / 40), minutes / 60, minutes % 60),
                    String.format("+346200%05d", i)).status()).isEqualTo(201);
        }
        LocalDate later = day.plusDays(2);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int minutes = 9 * 60 + i * 15;
            String start = TenantFixture.at(later, minutes / 60, minutes % 60);
            String phone = String.format("+346300%05d", i);
            attempts.add(() -> tenant.book(serviceId, start, phone).status());
        }

        List<Integer> statuses = race(attempts);

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 403).hasSize(19);
        Api.Response usage = api.get(tenant.base + "/usage", tenant.token);
        assertThat(usage.text("bookings")).isEqualTo("50");
        assertThat(usage.text("limits.bookingsPerMonth")).isEqualTo("50");
    }
}
