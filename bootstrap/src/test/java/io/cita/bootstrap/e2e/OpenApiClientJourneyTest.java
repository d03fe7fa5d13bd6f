package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.f4b6a3.ulid.UlidCreator;
import io.cita.client.ApiClient;
import io.cita.client.ApiException;
import io.cita.client.api.AccountsApi;
import io.cita.client.api.BookingsApi;
import io.cita.client.api.CatalogApi;
import io.cita.client.api.ResourcesApi;
import io.cita.client.model.AuthJsonConfirmRequest;
import io.cita.client.model.AuthJsonLoginRequest;
import io.cita.client.model.Availability;
import io.cita.client.model.Booking;
import io.cita.client.model.BookingRequest;
import io.cita.client.model.ClientJsonRequest;
import io.cita.client.model.MoneyJson;
import io.cita.client.model.Problem;
import io.cita.client.model.ResourceJsonRequest;
import io.cita.client.model.ResourceJsonRule;
import io.cita.client.model.ResourceJsonSchedule;
import io.cita.client.model.ServiceJsonRequest;
import io.cita.client.model.TenantJsonNewTenant;
import io.cita.client.model.TenantJsonOwner;
import io.cita.client.model.TenantJsonSignupRequest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The booking journey through a Java client that openapi-generator made from the OpenAPI document the REST adapter
 * publishes, as an API consumer would: a new business, its catalog and hours, availability, a booking, and the
 * problem+json of a double booking read through the generated {@link Problem} model.
 */
@ParameterizedClass
@EnumSource(Store.class)
class OpenApiClientJourneyTest {
    private final ApiClient client = new ApiClient();

    OpenApiClientJourneyTest(Store store) {
        String base = BootedService.baseUrl(store);
        client.updateBaseUri(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        client.setReadTimeout(Duration.ofSeconds(30));
    }

    @Test
    void aGeneratedClientBooks_andReadsTheProblemOfADoubleBooking() throws Exception {
        String unique = UlidCreator.getMonotonicUlid().toString().toLowerCase(Locale.ROOT);
        String email = "client-" + unique + "@example.com";
        AccountsApi accounts = new AccountsApi(client);
        assertThat(accounts.signUpWithHttpInfo(new TenantJsonSignupRequest()
                .tenant(new TenantJsonNewTenant().slug("client-" + unique).name("Client " + unique)
                        .businessType("salon").timezone("Europe/Madrid").country("ES").currency("EUR").locale("es"))
                .owner(new TenantJsonOwner().email(email).password("s3cret-pass")
                        .firstName("Ana").lastName("García"))).getStatusCode()).isEqualTo(202);
        String tenantId = accounts.confirmSignUp(new AuthJsonConfirmRequest().token(Mailbox.signUpToken(email)))
                .getId();
        String accessToken = accounts.logIn(new AuthJsonLoginRequest().email(email).password("s3cret-pass"))
                .getAccessToken();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));

        String serviceId = new CatalogApi(client).createService(tenantId, new ServiceJsonRequest().name("Haircut")
                .durationMinutes(45).slotIntervalMinutes(15).minNoticeMinutes(0)
                .price(new MoneyJson().amount(2500L).currency("EUR"))).getId();
        ResourcesApi resources = new ResourcesApi(client);
        String staffId = resources.createResource(tenantId, new ResourceJsonRequest().name("María").type("STAFF")
                .serviceIds(List.of(serviceId))).getId();
        resources.replaceWeeklySchedule(tenantId, staffId, new ResourceJsonSchedule().rules(Arrays.stream(
                DayOfWeek.values()).map(day -> new ResourceJsonRule().dayOfWeek(day.name()).start("09:00").end("21:00"))
                .toList()));

        BookingsApi bookings = new BookingsApi(client);
        LocalDate day = TenantFixture.daysAhead(7);
        Availability availability = bookings.listAvailability(tenantId, serviceId, day.toString(), day.toString(), null);
        assertThat(availability.getTimezone()).isEqualTo("Europe/Madrid");
        String first = availability.getSlots().get(0).getStart();
        assertThat(first).startsWith(day + "T09:00:00");

        Booking booked = bookings.createBooking(tenantId, new BookingRequest().serviceId(serviceId).start(first)
                .client(new ClientJsonRequest().firstName("Lucía").phone("+34600000101")), "journey-" + unique);
        assertThat(booked.getStatus()).isEqualTo("CONFIRMED");
        assertThat(booked.getResourceIds()).containsExactly(staffId);
        assertThat(booked.getPrice().getAmount()).isEqualTo(2500L);

        ApiException taken = catchThrowableOfType(ApiException.class, () -> bookings.createBooking(tenantId,
                new BookingRequest().serviceId(serviceId).start(first)
                        .client(new ClientJsonRequest().firstName("Pablo").phone("+34600000102")), null));
        assertThat(taken.getCode()).isEqualTo(409);
        assertThat(taken.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        Problem problem = client.getObjectMapper().readValue(taken.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getCode()).isEqualTo(Problem.CodeEnum.SLOT_UNAVAILABLE);
    }
}
