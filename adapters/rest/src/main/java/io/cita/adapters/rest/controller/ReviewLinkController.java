package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.FeedbackFormPage;
import io.cita.adapters.rest.security.AddressPolicy;
import io.cita.adapters.rest.security.RateLimited;
import io.cita.application.port.in.ReviewLinkUseCase;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.Optional;

/**
 * The review link a happy client is texted ({@code /r/<feedback id>}): a redirect to the business's review page that
 * counts the first opening, without a login, limited per address with the private form; anything else is 404.
 */
@Hidden
@Controller("/r")
public class ReviewLinkController {
    private static final int ID_LENGTH = 60;
    private final ReviewLinkUseCase links;

    public ReviewLinkController(ReviewLinkUseCase links) {
        this.links = links;
    }

    @RateLimited(AddressPolicy.FEEDBACK_FORM)
    @Get("/{feedbackId}")
    public MutableHttpResponse<String> follow(String feedbackId) {
        return (feedbackId.length() <= ID_LENGTH ? links.follow(feedbackId) : Optional.<String>empty())
                .map(url -> HttpResponse.<String>status(HttpStatus.FOUND).headers(headers -> headers
                        .location(URI.create(url)).add("Cache-Control", "no-store")
                        .add("Referrer-Policy", "no-referrer")))
                .orElseGet(() -> HttpResponse.<String>status(HttpStatus.NOT_FOUND).body(FeedbackFormPage.gone())
                        .contentType(MediaType.TEXT_HTML_TYPE));
    }
}
