package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.FeedbackJson;
import io.cita.adapters.rest.dto.Fields;
import io.cita.adapters.rest.dto.PageJson;
import io.cita.adapters.rest.openapi.CommonProblems;
import io.cita.adapters.rest.security.TenantAccessRule;
import io.cita.application.error.InvalidRequestException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.FeedbackInboxUseCase;
import io.cita.application.port.query.FeedbackFilter;
import io.cita.domain.feedback.FeedbackStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A business's feedback inbox: what its clients answered after their visits, and marking an answer handled. */
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Feedback")
@CommonProblems
@Controller("/v1/tenants/{tenantId}/feedback")
public class FeedbackController {
    private final FeedbackInboxUseCase inbox;

    public FeedbackController(FeedbackInboxUseCase inbox) {
        this.inbox = inbox;
    }

    /**
     * Lists the answers, latest asked first: every rated request unless a status is named (AWAITING, HAPPY, UNHAPPY,
     * ANSWERED, OPTED_OUT), by rating, staff member's resource and whether handled.
     */
    @Operation(operationId = "listFeedback")
    @Get
    public PageJson<FeedbackJson.Response> list(String tenantId, @Nullable @QueryValue String status,
                                                @Nullable @QueryValue Integer rating,
                                                @Nullable @QueryValue String resourceId,
                                                @Nullable @QueryValue Boolean handled,
                                                @Nullable @QueryValue Integer limit,
                                                @Nullable @QueryValue String cursor) {
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new InvalidRequestException("rating", "must be from 1 to 5");
        }
        FeedbackFilter filter = new FeedbackFilter(Fields.enumValue("status", FeedbackStatus.class, status), rating,
                resourceId, handled);
        return PageJson.from(inbox.list(tenantId, filter, Paging.of(limit, cursor)), FeedbackJson.Response::from);
    }

    /** Marks an answer handled, with an optional note; audited as feedback.handled. */
    @Operation(operationId = "handleFeedback")
    @Post("/{feedbackId}/handled")
    public FeedbackJson.Response handle(String tenantId, String feedbackId,
                                        @Nullable @Body FeedbackJson.HandleRequest request,
                                        @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return FeedbackJson.Response.from(inbox.handle(tenantId, feedbackId, request == null ? null : request.note(),
                actor));
    }
}
