package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.openapi.CommonProblems;
import io.cita.adapters.rest.security.TenantAccessRule;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.CalendarFeedUseCase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestAttribute;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A resource's private calendar feed: made (its URL shown once, the old one revoked) and revoked. */
@SecurityRequirement(name = "bearer")
@Tag(name = "Resources")
@CommonProblems
@Controller("/v1/tenants/{tenantId}/resources/{resourceId}/calendar-feed")
public class CalendarFeedController {
    private final CalendarFeedUseCase feeds;

    public CalendarFeedController(CalendarFeedUseCase feeds) {
        this.feeds = feeds;
    }

    /** The URL a calendar app subscribes to, shown once. */
    @Schema(name = "CalendarFeed")
    public record Created(@Schema(example = "https://api.cita.example/ics/cal_01JD8X.s3cr3t.ics") String url) {
    }

    /**
     * Makes the resource's private calendar feed, revoking the one it had. Its URL, shown once, gives the
     * resource's bookings as iCalendar to whoever holds it: calendar apps subscribe to it.
     */
    @Operation(operationId = "createCalendarFeed")
    @ApiResponse(responseCode = "201", description = "The feed's URL",
            content = @Content(schema = @Schema(implementation = Created.class)))
    @Post
    public HttpResponse<Created> create(HttpRequest<?> request, String tenantId, String resourceId,
                                        @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        String token = feeds.create(tenantId, resourceId, actor);
        String scheme = request.getHeaders().get("X-Forwarded-Proto", String.class).orElse("http");
        String host = request.getHeaders().get("Host", String.class).orElse("localhost");
        return HttpResponse.created(new Created(scheme + "://" + host + "/ics/" + token + ".ics"));
    }

    /** Revokes the resource's calendar feed: its URL answers 404 from now on. */
    @Operation(operationId = "revokeCalendarFeed")
    @Delete
    public HttpResponse<Void> revoke(String tenantId, String resourceId,
                                     @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        feeds.revoke(tenantId, resourceId, actor);
        return HttpResponse.noContent();
    }
}
