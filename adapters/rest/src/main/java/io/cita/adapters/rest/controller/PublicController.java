package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.BookingJson;
import io.cita.adapters.rest.dto.CategoryJson;
import io.cita.adapters.rest.dto.Fields;
import io.cita.adapters.rest.dto.PublicJson;
import io.cita.adapters.rest.dto.ServiceJson;
import io.cita.adapters.rest.openapi.CommonProblems;
import io.cita.adapters.rest.openapi.ConflictProblems;
import io.cita.adapters.rest.openapi.Created;
import io.cita.adapters.rest.openapi.RuleProblems;
import io.cita.adapters.rest.problem.Problem;
import io.cita.adapters.rest.security.AddressPolicy;
import io.cita.adapters.rest.security.PublicApiFilter;
import io.cita.adapters.rest.security.RateLimited;
import io.cita.adapters.rest.security.RateLimits;
import io.cita.adapters.rest.security.TenantAccessRule;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.AvailabilityQuery;
import io.cita.application.port.in.BookAppointmentUseCase;
import io.cita.application.port.in.HoldSlotUseCase;
import io.cita.application.port.in.ListAvailabilityUseCase;
import io.cita.application.port.in.ManageCategoriesUseCase;
import io.cita.application.port.in.ManageServicesUseCase;
import io.cita.application.port.in.SelfServiceUseCase;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.booking.Booking;
import io.cita.domain.catalog.Category;
import io.cita.domain.catalog.Service;
import io.cita.domain.tenant.Tenant;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;

/** The public API the web widget uses with a publishable key: the business, its catalog, slots and bookings. */
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "publishableKey")
@Tag(name = "Public booking")
@CommonProblems
@Controller("/v1/public/{slug}")
public class PublicController {
    private final ManageServicesUseCase services;
    private final ManageCategoriesUseCase categories;
    private final ListAvailabilityUseCase availability;
    private final HoldSlotUseCase holds;
    private final BookAppointmentUseCase booking;
    private final SelfServiceUseCase selfService;
    private final IdempotentCreation idempotent;
    private final RateLimits limits;

    public PublicController(ManageServicesUseCase services, ManageCategoriesUseCase categories,
                            ListAvailabilityUseCase availability, HoldSlotUseCase holds, BookAppointmentUseCase booking,
                            SelfServiceUseCase selfService, IdempotentCreation idempotent, RateLimits limits) {
        this.limits = limits;
        this.services = services;
        this.categories = categories;
        this.availability = availability;
        this.holds = holds;
        this.booking = booking;
        this.selfService = selfService;
        this.idempotent = idempotent;
    }

    /**
     * Reads the public profile of a business. Needs a publishable key of the business.
     */
    @Operation(operationId = "getPublicBusiness")
    @Get
    public PublicJson.Business business(String slug, @RequestAttribute(PublicApiFilter.TENANT) Tenant tenant) {
        return PublicJson.Business.from(tenant);
    }

    /**
     * Lists the services a business offers online.
     */
    @Operation(operationId = "listPublicServices")
    @Get("/services")
    public List<ServiceJson.Response> services(String slug, @RequestAttribute(PublicApiFilter.TENANT) Tenant tenant) {
        return services.list(tenant.id(), new PageRequest(200, null)).items().stream().filter(Service::active)
                .map(ServiceJson.Response::from).toList();
    }

    /**
     * Lists the categories of a business's services.
     */
    @Operation(operationId = "listPublicCategories")
    @Get("/categories")
    public List<CategoryJson.Response> categories(String slug, @RequestAttribute(PublicApiFilter.TENANT) Tenant tenant) {
        return categories.list(tenant.id(), new PageRequest(200, null)).items().stream().filter(Category::active)
                .map(CategoryJson.Response::from).toList();
    }

    /**
     * The next bookable starts of a service, as {@code GET .../availability/next} of the staff API: {@code after}
     * (default now), {@code n} (default 5, at most 20), {@code partOfDay}, {@code resourceId}.
     */
    @Operation(operationId = "nextPublicAvailability")
    @Get("/availability/next")
    public BookingJson.NextSlots next(String slug, @RequestAttribute(PublicApiFilter.TENANT) Tenant tenant,
                                      @Nullable @QueryValue String serviceId, @Nullable @QueryValue String after,
                                      @Nullable @QueryValue String n, @Nullable @QueryValue String partOfDay,
                                      @Nullable @QueryValue String resourceId) {
        return BookingJson.NextSlots.from(availability.next(BookingJson.NextSlots.query(tenant.id(), serviceId, after,
                n, partOfDay, resourceId)));
    }

    /** Whether a start can be booked, and why not, as {@code GET .../availability/explain} of the staff API. */
    @Operation(operationId = "explainPublicAvailability")
    @Get("/availability/explain")
    public BookingJson.Explanation explain(String slug, @RequestAttribute(PublicApiFilter.TENANT) Tenant tenant,
                                           @Nullable @QueryValue String serviceId, @Nullable @QueryValue String start,
                                           @Nullable @QueryValue String resourceId) {
        return BookingJson.Explanation.from(availability.explain(BookingJson.Explanation.query(tenant.id(), serviceId,
                start, resourceId)));
    }

    /**
     * Lists the free slots of a service for the booking widget. As the staff availability, in the business's zone.
     */
    @Operation(operationId = "listPublicAvailability")
    @Get("/availability")
    public BookingJson.Availability availability(String slug, @RequestAttribute(PublicApiFilter.TENANT) Tenant tenant,
                                                 @Nullable @QueryValue String serviceId, @Nullable @QueryValue String from,
                                                 @Nullable @QueryValue String to, @Nullable @QueryValue String resourceId) {
        return BookingJson.Availability.from(availability.availability(new AvailabilityQuery(tenant.id(),
                Fields.required("serviceId", serviceId), Fields.required("from", Fields.date("from", from)),
                Fields.required("to", Fields.date("to", to)), resourceId)));
    }

    /**
     * Holds a slot for the widget while the customer types their details.
     */
    @ConflictProblems
    @RuleProblems
    @Operation(operationId = "holdPublicSlot")
    @ApiResponse(responseCode = "201", description = Created.HOLD,
            content = @Content(schema = @Schema(implementation = BookingJson.HoldResponse.class)))
    @RateLimited({AddressPolicy.PUBLIC_HOLD, AddressPolicy.PUBLIC_HOLDS_PER_KEY})
    @Post("/holds")
    public HttpResponse<?> hold(HttpRequest<?> http, String slug,
                                @RequestAttribute(PublicApiFilter.TENANT) Tenant tenant,
                                @Body PublicJson.HoldRequest request, @Nullable @Header("Idempotency-Key") String key,
                                @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        Optional<MutableHttpResponse<Problem>> refused = limits.publicHoldFor(http, tenant.id(), request.holder());
        if (refused.isPresent()) {
            return refused.get();
        }
        return idempotent.run(tenant.id(), key, "hold", request, () -> BookingJson.HoldResponse.from(
                holds.hold(request.toCommand(tenant.id(), actor))));
    }

    /**
     * Releases a hold made through the widget.
     */
    @Operation(operationId = "releasePublicHold")
    @Delete("/holds/{holdId}")
    public HttpResponse<Void> release(String slug, String holdId, @RequestAttribute(PublicApiFilter.TENANT) Tenant tenant,
                                      @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        holds.release(tenant.id(), holdId, actor);
        return HttpResponse.noContent();
    }

    /**
     * Books an appointment from the widget. Converts a hold when one is given; the customer's phone or e-mail
     * identifies or creates the client.
     */
    @ConflictProblems
    @RuleProblems
    @Operation(operationId = "createPublicBooking")
    @ApiResponse(responseCode = "201", description = Created.BOOKING,
            content = @Content(schema = @Schema(implementation = BookingJson.Response.class)))
    @RateLimited({AddressPolicy.PUBLIC_BOOKING, AddressPolicy.PUBLIC_BOOKINGS_TODAY})
    @Post("/bookings")
    public HttpResponse<?> book(String slug, @RequestAttribute(PublicApiFilter.TENANT) Tenant tenant,
                                @Body PublicJson.BookingRequest request, @Nullable @Header("Idempotency-Key") String key,
                                @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return idempotent.run(tenant.id(), key, "booking", request, () -> BookingJson.Response.from(
                booking.book(request.toCommand(tenant.id(), actor))));
    }

    /**
     * Finds a booking by its reference and the phone or e-mail it was made with.
     */
    @Operation(operationId = "lookUpPublicBooking")
    @RateLimited({AddressPolicy.BOOKING_REFERENCE, AddressPolicy.BOOKING_REFERENCE_TRIES})
    @Post("/bookings/{reference}/lookup")
    public BookingJson.Response lookup(String slug, String reference, @Body PublicJson.Contact contact,
                                       @RequestAttribute(PublicApiFilter.TENANT) Tenant tenant) {
        return respond(tenant, selfService.find(tenant.id(), reference, contact.contact()));
    }

    /**
     * Cancels a booking by its reference and the phone or e-mail it was made with, within the cancellation notice.
     */
    @ConflictProblems
    @RuleProblems
    @Operation(operationId = "cancelPublicBooking")
    @RateLimited({AddressPolicy.BOOKING_REFERENCE, AddressPolicy.BOOKING_REFERENCE_TRIES})
    @Post("/bookings/{reference}/cancel")
    public BookingJson.Response cancel(String slug, String reference, @Body PublicJson.Contact contact,
                                       @RequestAttribute(PublicApiFilter.TENANT) Tenant tenant,
                                       @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return respond(tenant, selfService.cancel(tenant.id(), reference, contact.contact(), contact.reason(), actor));
    }

    /**
     * Moves a booking by its reference and the phone or e-mail it was made with.
     */
    @ConflictProblems
    @RuleProblems
    @Operation(operationId = "reschedulePublicBooking")
    @RateLimited({AddressPolicy.BOOKING_REFERENCE, AddressPolicy.BOOKING_REFERENCE_TRIES})
    @Post("/bookings/{reference}/reschedule")
    public BookingJson.Response reschedule(String slug, String reference, @Body PublicJson.Contact contact,
                                           @RequestAttribute(PublicApiFilter.TENANT) Tenant tenant,
                                           @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return respond(tenant, selfService.reschedule(tenant.id(), reference, contact.contact(),
                Fields.required("start", Fields.instant("start", contact.start())), actor));
    }

    private static BookingJson.Response respond(Tenant tenant, Booking result) {
        return BookingJson.Response.from(result, tenant.timezone());
    }
}
