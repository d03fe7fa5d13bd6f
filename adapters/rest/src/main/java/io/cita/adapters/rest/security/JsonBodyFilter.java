package io.cita.adapters.rest.security;

import io.cita.adapters.rest.problem.Problem;
import io.cita.adapters.rest.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Optional;
import java.util.Set;

/** Refuses request bodies that are not JSON with 415, before anything tries to read them. */
@ServerFilter("/v1/**")
public class JsonBodyFilter {
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    @RequestFilter
    @Nullable
    public HttpResponse<?> requireJson(HttpRequest<?> request) {
        if (!WITH_BODY.contains(request.getMethod()) || request.getContentLength() == 0) {
            return null;
        }
        Optional<MediaType> type = request.getContentType();
        if (type.isPresent() && !type.get().getSubtype().endsWith("json")) {
            return Problems.response(Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json"));
        }
        return null;
    }
}
