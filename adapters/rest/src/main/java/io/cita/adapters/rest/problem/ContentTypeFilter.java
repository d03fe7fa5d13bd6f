package io.cita.adapters.rest.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Answers 415 to an API write that carries a body but says nothing of its type: the body is never guessed to be
 * JSON (a body of another declared type is refused by the routes themselves). An empty body needs no type.
 */
@ServerFilter("/v1/**")
public class ContentTypeFilter {

    @RequestFilter
    @Nullable
    public HttpResponse<?> requireType(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        boolean write = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
        if (!write || request.getHeaders().contains(HttpHeaders.CONTENT_TYPE)) {
            return null;
        }
        boolean body = request.getContentLength() > 0 || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
        return body ? Problems.response(Problem.of(415, "unsupported-media-type", "Unsupported media type",
                "Send the body as application/json, and say so in Content-Type")) : null;
    }
}
