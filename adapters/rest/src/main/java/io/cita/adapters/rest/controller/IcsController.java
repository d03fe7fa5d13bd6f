package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.problem.Problems;
import io.cita.adapters.rest.security.AddressPolicy;
import io.cita.adapters.rest.security.RateLimited;
import io.cita.application.port.in.CalendarFeedUseCase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Optional;

/**
 * The private calendar feeds calendar apps subscribe to ({@code GET /ics/<token>.ics}), without a login: rate-limited
 * per address in a bucket of their own, and a wrong, revoked or unknown token gets the same 404.
 */
@Hidden
@Controller("/ics")
public class IcsController {
    private static final String SUFFIX = ".ics";
    private final CalendarFeedUseCase feeds;
    public IcsController(CalendarFeedUseCase feeds) {
        this.feeds = feeds;
    }

    @RateLimited(AddressPolicy.CALENDAR_FEED)
    @Get("/{file}")
    public MutableHttpResponse<?> feed(HttpRequest<?> request, String file) {
        Optional<String> calendar = file.endsWith(SUFFIX) && file.length() <= 300
                ? feeds.read(file.substring(0, file.length() - SUFFIX.length())) : Optional.empty();
        return calendar.<MutableHttpResponse<?>>map(ics -> HttpResponse.ok(ics)
                        .contentType("text/calendar; charset=utf-8").header("Cache-Control", "private, max-age=300"))
                .orElseGet(() -> Problems.response(Problems.notFound("No such calendar feed")));
    }
}
