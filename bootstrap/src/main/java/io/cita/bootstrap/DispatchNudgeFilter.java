package io.cita.bootstrap;

import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * After a change answered with success (any 2xx to a method other than GET or HEAD), nudges this instance's
 * dispatcher so that the change's event goes out now rather than at the next poll.
 */
@ServerFilter("/**")
public class DispatchNudgeFilter {
    private final BeanProvider<DispatchLoop> loop;

    public DispatchNudgeFilter(BeanProvider<DispatchLoop> loop) {
        this.loop = loop;
    }

    @ResponseFilter
    public void nudge(HttpRequest<?> request, MutableHttpResponse<?> response) {
        HttpMethod method = request.getMethod();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD && response.code() >= 200 && response.code() < 300) {
            loop.ifPresent(DispatchLoop::nudge);
        }
    }
}
