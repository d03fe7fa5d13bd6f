package io.cita.adapters.rest.security;

import io.cita.adapters.rest.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Answers 404 at once for paths holding control characters (an id with %00 names nothing). */
@ServerFilter("/**")
public class PathGuardFilter implements Ordered {

    @RequestFilter
    @Nullable
    public HttpResponse<?> guard(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.indexOf('%') >= 0) {
            try {
                path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return Problems.response(Problems.notFound("No such resource"));
            }
        }
        for (int i = 0; i < path.length(); i++) {
            if (Character.isISOControl(path.charAt(i))) {
                return Problems.response(Problems.notFound("No such resource"));
            }
        }
        return null;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 1;
    }
}
