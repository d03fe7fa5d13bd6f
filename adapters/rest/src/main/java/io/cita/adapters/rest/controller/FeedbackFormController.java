package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.FeedbackFormPage;
import io.cita.adapters.rest.security.AddressPolicy;
import io.cita.adapters.rest.security.RateLimited;
import io.cita.application.error.InvalidRequestException;
import io.cita.application.port.in.FeedbackFormUseCase;
import io.cita.application.port.in.FeedbackFormUseCase.Form;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import java.util.Optional;

/**
 * The private feedback form an unhappy client is sent to ({@code /f/<token>}), without a login and without
 * JavaScript: rate-limited per address in a bucket of its own; an unknown, spent or expired token gets the same 404
 * page; a bad field is shown on the form again, with what was typed kept. Never cached, never indexed.
 */
@Hidden
@Controller("/f")
public class FeedbackFormController {
    private static final int TOKEN_LENGTH = 300;
    private final FeedbackFormUseCase forms;

    public FeedbackFormController(FeedbackFormUseCase forms) {
        this.forms = forms;
    }

    @RateLimited(AddressPolicy.FEEDBACK_FORM)
    @Get("/{token}")
    @Produces(MediaType.TEXT_HTML)
    public MutableHttpResponse<String> open(String token) {
        Optional<Form> form = token.length() <= TOKEN_LENGTH ? forms.open(token) : Optional.empty();
        return form.map(found -> page(HttpStatus.OK, FeedbackFormPage.form(found, token, found.rating(), "", false,
                null))).orElseGet(FeedbackFormController::gone);
    }

    @RateLimited(AddressPolicy.FEEDBACK_FORM)
    @Post("/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public MutableHttpResponse<String> send(String token, @Nullable @Body Map<String, String> fields) {
        Map<String, String> typed = fields == null ? Map.of() : fields;
        String comment = typed.getOrDefault("comment", "");
        boolean contact = typed.containsKey("contact");
        int rating = rating(typed.get("rating"));
        if (token.length() > TOKEN_LENGTH) {
            return gone();
        }
        try {
            return forms.answer(token, rating, comment, contact)
                    .map(sent -> page(HttpStatus.OK, FeedbackFormPage.thanks(sent)))
                    .orElseGet(FeedbackFormController::gone);
        } catch (InvalidRequestException e) {
            return forms.open(token).map(form -> page(HttpStatus.BAD_REQUEST, FeedbackFormPage.form(form, token,
                    rating, comment, contact, FeedbackFormPage.problem(form.language(), e.field()))))
                    .orElseGet(FeedbackFormController::gone);
        }
    }

    private static int rating(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static MutableHttpResponse<String> gone() {
        return page(HttpStatus.NOT_FOUND, FeedbackFormPage.gone());
    }

    private static MutableHttpResponse<String> page(HttpStatus status, String html) {
        return HttpResponse.<String>status(status).body(html).contentType(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex");
    }
}
