package io.cita.adapters.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem document with Cita's extensions: a stable code, the broken rule or limit, field errors. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code, String rule, String limit,
                      List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem("https://cita.io/problems/" + code, title, status, detail, code, null, null, null);
    }

    public Problem withRule(String newRule) {
        return new Problem(type, title, status, detail, code, newRule, limit, errors);
    }

    public Problem withLimit(String newLimit) {
        return new Problem(type, title, status, detail, code, rule, newLimit, errors);
    }

    public Problem withErrors(List<FieldError> newErrors) {
        return new Problem(type, title, status, detail, code, rule, limit, newErrors);
    }
}
