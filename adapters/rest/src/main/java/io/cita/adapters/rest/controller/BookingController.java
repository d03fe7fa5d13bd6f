package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.BookingJson;
import io.cita.adapters.rest.dto.Fields;
import io.cita.adapters.rest.dto.PageJson;
import io.cita.adapters.rest.openapi.CommonProblems;
import io.cita.adapters.rest.openapi.ConflictProblems;
import io.cita.adapters.rest.openapi.Created;
import io.cita.adapters.rest.openapi.RuleProblems;
import io.cita.adapters.rest.security.TenantAccessRule;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.AvailabilityQuery;
import io.cita.application.port.in.BookAppointmentUseCase;
import io.cita.application.port.in.HoldSlotUseCase;
import io.cita.application.port.in.ListAvailabilityUseCase;
import io.cita.application.port.in.ManageBookingsUseCase;
import io.cita.application.port.in.ManageTenantUseCase;
import io.cita.application.port.query.BookingFilter;
import io.cita.application.port.query.VersionedTenant;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.BookingStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
import java.time.ZoneId;

/** Availability, holds and bookings of a tenant. */
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Bookings")
@CommonProblems
@Controller("/v1/tenants/{tenantId}")
public class BookingController {
    private final ListAvailabilityUseCase availability;
    private final HoldSlotUseCase holds;
    private final BookAppointmentUseCase booking;
    private final ManageBookingsUseCase bookings;
    private final ManageTenantUseCase tenants;
    private final IdempotentCreation idempotent;

    public BookingController(ListAvailabilityUseCase availability, HoldSlotUseCase holds,
                             BookAppointmentUseCase booking, ManageBookingsUseCase bookings,
                             ManageTenantUseCase tenants, IdempotentCreation idempotent) {
        this.availability = availability;
        this.holds = holds;
        this.booking = booking;
        this.bookings = bookings;
        this.tenants = tenants;
        this.idempotent = idempotent;
    }

    /**
     * Lists the free slots of a service. Dates are local to the tenant, inclusive, at most 62 days; each slot names the
     * resources it would use and the seats left.
     */
    @Operation(operationId = "listAvailability")
    @Get("/availability")
    public BookingJson.Availability availability(String tenantId, @Nullable @QueryValue String serviceId,
                                                 @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                                 @Nullable @QueryValue String resourceId,
                                                 @Nullable @RequestAttribute(TenantAccessRule.TENANT)
                                                 VersionedTenant tenant) {
        return BookingJson.Availability.from(availability.availability(new AvailabilityQuery(tenantId,
                Fields.required("serviceId", serviceId), Fields.required("from", Fields.date("from", from)),
                Fields.required("to", Fields.date("to", to)), resourceId).withAuthorizedTenant(tenant)));
    }

    /**
     * The next bookable starts of a service from {@code after} (an RFC 3339 date-time; default now) on, any day up to
     * its advance window: {@code n} of them (default 5, at most 20), in a {@code partOfDay} (MORNING before 12:00,
     * AFTERNOON until 18:00, EVENING) when given, on one resource when given. What an agent offers a caller.
     */
    @Operation(operationId = "nextAvailability")
    @Get("/availability/next")
    public BookingJson.NextSlots next(String tenantId, @Nullable @QueryValue String serviceId,
                                      @Nullable @QueryValue String after, @Nullable @QueryValue String n,
                                      @Nullable @QueryValue String partOfDay, @Nullable @QueryValue String resourceId,
                                      @Nullable @RequestAttribute(TenantAccessRule.TENANT) VersionedTenant tenant) {
        return BookingJson.NextSlots.from(availability.next(BookingJson.NextSlots.query(tenantId, serviceId, after, n,
                partOfDay, resourceId).withAuthorizedTenant(tenant)));
    }

    /**
     * Whether a start (RFC 3339) can be booked and, when not, every reason why, each a code and a sentence in the
     * business's language; from the same engine as the slot list, so it is bookable exactly when the list has it.
     */
    @Operation(operationId = "explainAvailability")
    @Get("/availability/explain")
    public BookingJson.Explanation explain(String tenantId, @Nullable @QueryValue String serviceId,
                                           @Nullable @QueryValue String start, @Nullable @QueryValue String resourceId,
                                           @Nullable @RequestAttribute(TenantAccessRule.TENANT)
                                           VersionedTenant tenant) {
        return BookingJson.Explanation.from(availability.explain(BookingJson.Explanation.query(tenantId, serviceId,
                start, resourceId).withAuthorizedTenant(tenant)));
    }

    /**
     * Holds a slot for a few minutes. Nobody else can take it while the client confirms; an expired hold frees it by
     * itself.
     */
    @ConflictProblems
    @RuleProblems
    @Operation(operationId = "holdSlot")
    @ApiResponse(responseCode = "201", description = Created.HOLD,
            content = @Content(schema = @Schema(implementation = BookingJson.HoldResponse.class)))
    @Post("/holds")
    public HttpResponse<?> hold(String tenantId, @Body BookingJson.HoldRequest request,
                                @Nullable @Header("Idempotency-Key") String key,
                                @RequestAttribute(TenantAccessRule.ACTOR) Actor actor,
                                @Nullable @RequestAttribute(TenantAccessRule.TENANT) VersionedTenant tenant) {
        return idempotent.run(tenantId, key, "hold", request, () -> BookingJson.HoldResponse.from(
                holds.hold(request.toCommand(tenantId, actor).withAuthorizedTenant(tenant))));
    }

    /**
     * Releases a hold. The slot is free again at once.
     */
    @Operation(operationId = "releaseHold")
    @Delete("/holds/{holdId}")
    public HttpResponse<Void> release(String tenantId, String holdId,
                                      @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        holds.release(tenantId, holdId, actor);
        return HttpResponse.noContent();
    }

    /**
     * Books an appointment. The slot is checked again atomically: two requests for the same time never both succeed
     * (409). Safe to retry with an Idempotency-Key.
     */
    @ConflictProblems
    @RuleProblems
    @Operation(operationId = "createBooking")
    @ApiResponse(responseCode = "201", description = Created.BOOKING,
            content = @Content(schema = @Schema(implementation = BookingJson.Response.class)))
    @Post("/bookings")
    public HttpResponse<?> book(String tenantId, @Body BookingJson.Request request,
                                @Nullable @Header("Idempotency-Key") String key,
                                @RequestAttribute(TenantAccessRule.ACTOR) Actor actor,
                                @Nullable @RequestAttribute(TenantAccessRule.TENANT) VersionedTenant tenant) {
        return idempotent.run(tenantId, key, "booking", request, () -> BookingJson.Response.from(
                booking.book(request.toCommand(tenantId, actor).withAuthorizedTenant(tenant))));
    }

    /**
     * Lists the tenant's bookings. Filtered by time, resource, status and client, ordered by start; staff see only
     * their own resource's.
     */
    @Operation(operationId = "listBookings")
    @Get("/bookings")
    public PageJson<BookingJson.Response> list(String tenantId, @Nullable @QueryValue String from,
                                               @Nullable @QueryValue String to, @Nullable @QueryValue String resourceId,
                                               @Nullable @QueryValue String status, @Nullable @QueryValue String clientId,
                                               @Nullable @QueryValue Integer limit, @Nullable @QueryValue String cursor,
                                               @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        ZoneId zone = tenants.get(tenantId).timezone();
        BookingFilter filter = new BookingFilter(tenantId, Fields.instant("from", from), Fields.instant("to", to),
                resourceId, Fields.enumValue("status", BookingStatus.class, status), clientId);
        return PageJson.from(bookings.list(filter, Paging.of(limit, cursor), actor),
                b -> BookingJson.Response.from(b, zone));
    }

    /**
     * Reads one booking.
     */
    @Operation(operationId = "getBooking")
    @Get("/bookings/{bookingId}")
    public BookingJson.Response get(String tenantId, String bookingId,
                                    @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return respond(tenantId, bookings.get(tenantId, bookingId, actor));
    }

    /**
     * Confirms a pending booking.
     */
    @ConflictProblems
    @RuleProblems
    @Operation(operationId = "confirmBooking")
    @Post("/bookings/{bookingId}/confirm")
    public BookingJson.Response confirm(String tenantId, String bookingId,
                                        @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return respond(tenantId, bookings.confirm(tenantId, bookingId, actor));
    }

    /**
     * Cancels a booking. Later than the service's cancellation notice only a manager may, with override.
     */
    @ConflictProblems
    @RuleProblems
    @Operation(operationId = "cancelBooking")
    @Post("/bookings/{bookingId}/cancel")
    public BookingJson.Response cancel(String tenantId, String bookingId, @Nullable @Body BookingJson.Cancel request,
                                       @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        BookingJson.Cancel body = request == null ? new BookingJson.Cancel(null, false) : request;
        return respond(tenantId, bookings.cancel(tenantId, bookingId, body.reason(),
                Boolean.TRUE.equals(body.override()), actor));
    }

    /**
     * Moves a booking to another time. The new time is taken before the old one is released, atomically.
     */
    @ConflictProblems
    @RuleProblems
    @Operation(operationId = "rescheduleBooking")
    @Post("/bookings/{bookingId}/reschedule")
    public BookingJson.Response reschedule(String tenantId, String bookingId, @Body BookingJson.Reschedule request,
                                           @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return respond(tenantId, bookings.reschedule(tenantId, bookingId,
                Fields.required("start", Fields.instant("start", request.start())), request.resourceIds(), actor));
    }

    /**
     * Marks a booking as completed.
     */
    @ConflictProblems
    @RuleProblems
    @Operation(operationId = "completeBooking")
    @Post("/bookings/{bookingId}/complete")
    public BookingJson.Response complete(String tenantId, String bookingId,
                                         @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return respond(tenantId, bookings.complete(tenantId, bookingId, actor));
    }

    /**
     * Marks a booking as a no-show.
     */
    @ConflictProblems
    @RuleProblems
    @Operation(operationId = "markBookingNoShow")
    @Post("/bookings/{bookingId}/no-show")
    public BookingJson.Response noShow(String tenantId, String bookingId,
                                       @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return respond(tenantId, bookings.noShow(tenantId, bookingId, actor));
    }

    private BookingJson.Response respond(String tenantId, Booking result) {
        return BookingJson.Response.from(result, tenants.get(tenantId).timezone());
    }
}
