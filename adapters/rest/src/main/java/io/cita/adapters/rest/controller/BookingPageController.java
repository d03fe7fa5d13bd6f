package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.BookingJson;
import io.cita.adapters.rest.dto.CategoryJson;
import io.cita.adapters.rest.dto.PublicJson;
import io.cita.adapters.rest.dto.ServiceJson;
import io.cita.adapters.rest.security.AddressPolicy;
import io.cita.adapters.rest.security.RateLimited;
import io.cita.application.port.in.ApiKeysUseCase;
import io.cita.application.port.in.AvailabilityQuery;
import io.cita.application.port.in.ListAvailabilityUseCase;
import io.cita.application.port.in.ManageCategoriesUseCase;
import io.cita.application.port.in.ManageServicesUseCase;
import io.cita.application.port.in.ManageTenantUseCase;
import io.cita.application.port.query.ApiKey;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.catalog.Category;
import io.cita.domain.catalog.Service;
import io.cita.domain.tenant.Tenant;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A business's booking page ({@code /book/<slug>}, or {@code /book?key=pk_live_...} inside the widget's frame) and
 * the files it and the widget load. The page may be framed only by the origins its publishable key allows; its calls
 * to the public API need no key (PublicApiFilter knows them as the page's). An unknown business, a business not
 * taking bookings and an unknown key all get the same 404 page. Opening it is limited per address.
 */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class BookingPageController {
    private static final String ASSET_CACHE = "public, max-age=300";
    /** The days of free times the page shows (book.js's DAYS). */
    private static final int DAYS_SHOWN = 7;
    private final ManageTenantUseCase tenants;
    private final ApiKeysUseCase keys;
    private final ManageServicesUseCase services;
    private final ManageCategoriesUseCase categories;
    private final ListAvailabilityUseCase availability;
    private final JsonMapper json;

    public BookingPageController(ManageTenantUseCase tenants, ApiKeysUseCase keys, ManageServicesUseCase services,
                                 ManageCategoriesUseCase categories, ListAvailabilityUseCase availability,
                                 JsonMapper json) {
        this.availability = availability;
        this.tenants = tenants;
        this.keys = keys;
        this.services = services;
        this.categories = categories;
        this.json = json;
    }

    @RateLimited(AddressPolicy.BOOKING_PAGE)
    @Get("/book/{slug}")
    @Produces(MediaType.TEXT_HTML)
    public MutableHttpResponse<String> page(String slug, @Nullable @QueryValue String key,
                                            @Nullable @QueryValue String lang, @Nullable @QueryValue String embed) {
        Optional<Tenant> tenant = tenants.findBySlug(slug).filter(found -> found.status().operating());
        Optional<ApiKey> framing = publishable(key).filter(found -> tenant.map(Tenant::id)
                .filter(found.tenantId()::equals).isPresent());
        return tenant.map(found -> render(found, framing, lang, "1".equals(embed))).orElseGet(this::notFound);
    }

    /** The page inside the widget's frame: the business is the key's. */
    @RateLimited(AddressPolicy.BOOKING_PAGE)
    @Get("/book")
    @Produces(MediaType.TEXT_HTML)
    public MutableHttpResponse<String> embedded(@Nullable @QueryValue String key, @Nullable @QueryValue String lang,
                                                @Nullable @QueryValue String embed) {
        Optional<ApiKey> framing = publishable(key);
        return framing.map(found -> tenants.get(found.tenantId())).filter(found -> found.status().operating())
                .map(found -> render(found, framing, lang, !"0".equals(embed))).orElseGet(this::notFound);
    }

    @Get("/widget.js")
    @Produces("text/javascript")
    public HttpResponse<String> widget() {
        return HttpResponse.ok(BookingPage.WIDGET).header(HttpHeaders.CACHE_CONTROL, ASSET_CACHE)
                .header("Cross-Origin-Resource-Policy", "cross-origin");
    }

    private Optional<ApiKey> publishable(String key) {
        return key == null || key.length() > 200 ? Optional.empty() : keys.authenticate(key)
                .filter(found -> found.kind() == ApiKey.Kind.PUBLISHABLE && found.active());
    }

    private MutableHttpResponse<String> render(Tenant tenant, Optional<ApiKey> framing, String lang, boolean embedded) {
        PublicJson.Business business = PublicJson.Business.from(tenant);
        String language = "es".equals(lang) || "en".equals(lang) ? lang : business.widget().language();
        List<ServiceJson.Response> offered = services.list(tenant.id(), new PageRequest(200, null)).items().stream()
                .filter(Service::active).map(ServiceJson.Response::from).toList();
        List<CategoryJson.Response> groups = categories.list(tenant.id(), new PageRequest(200, null)).items().stream()
                .filter(Category::active).map(CategoryJson.Response::from).toList();
        return HttpResponse.ok(BookingPage.render(json, business, offered, groups, firstTimes(tenant, offered),
                        language, embedded))
                .contentType(BookingPage.HTML).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Content-Security-Policy", BookingPage.policy(framing.map(ApiKey::allowedOrigins)
                        .orElse(List.of())));
    }

    /** The free times of the first service this week, as the page would ask for them; none if it cannot tell. */
    private BookingJson.Availability firstTimes(Tenant tenant, List<ServiceJson.Response> offered) {
        if (offered.isEmpty()) {
            return null;
        }
        LocalDate today = LocalDate.now(tenant.timezone());
        try {
            return BookingJson.Availability.from(availability.availability(new AvailabilityQuery(tenant.id(),
                    offered.get(0).id(), today, today.plusDays(DAYS_SHOWN - 1), null)));
        } catch (RuntimeException unavailable) {
            return null;
        }
    }

    private MutableHttpResponse<String> notFound() {
        return HttpResponse.<String>status(HttpStatus.NOT_FOUND).body(BookingPage.NOT_FOUND)
                .contentType(BookingPage.HTML);
    }
}
