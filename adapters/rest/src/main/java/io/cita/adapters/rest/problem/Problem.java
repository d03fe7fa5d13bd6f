package io.cita.adapters.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** An RFC 9457 problem document with Cita's extensions: a stable code, the broken rule or limit, field errors. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "An RFC 9457 problem (application/problem+json); `code` is stable, `title` "
        + "and `detail` are for people")
public record Problem(
        @Schema(description = "A URI naming the kind of problem", example = "https://cita.io/problems/slot-unavailable")
        String type,
        @Schema(description = "A short summary of the kind of problem", example = "Slot unavailable") String title,
        @Schema(description = "The HTTP status", example = "409") int status,
        @Schema(description = "What went wrong with this request", example = "Someone else took this time meanwhile")
        String detail,
        @Schema(description = "The stable code a client branches on", example = "slot-unavailable",
                allowableValues = {"malformed-request", "validation-failed", "unauthorized", "forbidden",
                    "plan-limit-exceeded", "business-unavailable", "not-found", "method-not-allowed", "not-acceptable",
                    "conflict", "slot-unavailable", "request-in-progress", "payload-too-large",
                    "unsupported-media-type", "booking-rule-violated", "idempotency-key-reused", "rate-limited",
                    "internal-error", "service-unavailable"}) String code,
        @Schema(description = "With booking-rule-violated: the rule", example = "MIN_NOTICE") String rule,
        @Schema(description = "With plan-limit-exceeded: the limit", example = "BOOKINGS_PER_MONTH") String limit,
        @Schema(description = "With plan-limit-exceeded: the business's plan", example = "FREE") String plan,
        @Schema(description = "With plan-limit-exceeded: how many the plan allows", example = "50") Integer allowed,
        @Schema(description = "With validation-failed: each invalid field") List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field and what is wrong with it. */
    public record FieldError(@Schema(example = "start") String field,
                             @Schema(example = "must be an RFC 3339 date-time") String message) {
    }

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem("https://cita.io/problems/" + code, title, status, detail, code, null, null, null, null,
                null);
    }

    public Problem withRule(String newRule) {
        return new Problem(type, title, status, detail, code, newRule, limit, plan, allowed, errors);
    }

    /** With the plan's limit that was reached, the plan, and how many it allows. */
    public Problem withLimit(String newLimit, String newPlan, int newAllowed) {
        return new Problem(type, title, status, detail, code, rule, newLimit, newPlan, newAllowed, errors);
    }

    public Problem withErrors(List<FieldError> newErrors) {
        return new Problem(type, title, status, detail, code, rule, limit, plan, allowed, newErrors);
    }
}
