package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.FeedbackJson;
import io.cita.adapters.rest.dto.Fields;
import io.cita.adapters.rest.dto.PageJson;
import io.cita.adapters.rest.dto.VisitCsv;
import io.cita.adapters.rest.openapi.CommonProblems;
import io.cita.adapters.rest.security.TenantAccessRule;
import io.cita.application.error.InvalidRequestException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.FeedbackInboxUseCase;
import io.cita.application.port.in.ImportVisitsUseCase;
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
    private final ImportVisitsUseCase imports;

    public FeedbackController(FeedbackInboxUseCase inbox, ImportVisitsUseCase imports) {
        this.inbox = inbox;
        this.imports = imports;
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
                                                @Nullable @QueryValue String handled,
                                                @Nullable @QueryValue Integer limit,
                                                @Nullable @QueryValue String cursor) {
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new InvalidRequestException("rating", "must be from 1 to 5");
        }
        FeedbackFilter filter = new FeedbackFilter(Fields.enumValue("status", FeedbackStatus.class, status), rating,
                resourceId, Fields.flag("handled", handled));
        return PageJson.from(inbox.list(tenantId, filter, Paging.of(limit, cursor)),
                answer -> FeedbackJson.Response.from(answer.request(), answer.client()));
    }

    /**
     * The figures of the requests asked from {@code from} to {@code to} (the business's days, both included; by
     * default the 30 days to the business's today; at most 366): requests, responses, response rate, ratings 1 to 5, average, happy
     * share and review-link clicks, in all, per staff member's resource and per month.
     */
    @Operation(operationId = "feedbackStats")
    @Get("/stats")
    public FeedbackJson.Stats stats(String tenantId, @Nullable @QueryValue String from,
                                    @Nullable @QueryValue String to) {
        return FeedbackJson.Stats.from(inbox.stats(tenantId, from == null ? null : Fields.date("from", from),
                to == null ? null : Fields.date("to", to)));
    }

    /**
     * Imports past visits from a CSV (seed 003's columns nombre, telefono, email, fecha_cita, consentimiento, or
     * name, phone, email, visit_date, consent; at most 10,000 rows): each row's client is found by phone or created,
     * and asked for feedback when it consented and the visit was within 30 days. The answer reports every row:
     * imported (and whether asked, or why not) or refused (the column and why). Importing a file again asks nobody
     * twice.
     */
    @Operation(operationId = "importVisits")
    @Post(value = "/imports", consumes = {"text/csv", MediaType.TEXT_PLAIN})
    public ImportVisitsUseCase.Report importVisits(String tenantId, @Body String csv,
                                                   @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return imports.importVisits(tenantId, VisitCsv.rows(csv), actor);
    }

    /** Marks an answer handled, with an optional note; audited as feedback.handled. */
    @Operation(operationId = "handleFeedback")
    @Post("/{feedbackId}/handled")
    public FeedbackJson.Response handle(String tenantId, String feedbackId,
                                        @Nullable @Body FeedbackJson.HandleRequest request,
                                        @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return FeedbackJson.Response.from(inbox.handle(tenantId, feedbackId, request == null ? null : request.note(),
                actor), null);
    }
}
