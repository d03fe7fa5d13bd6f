package io.cita.adapters.rest.security;

import io.cita.application.port.in.ApiKeysUseCase;
import io.cita.application.port.query.ApiKey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;

/**
 * Guards the MCP endpoint {@code /mcp}: every call needs a secret API key ({@code Authorization: Bearer sk_...},
 * 401 otherwise), acts for that key's tenant only, as the key (the audit log names it), and counts in the tenant's
 * and the key's buckets like the API.
 */
@ServerFilter({"/mcp", "/mcp/**"})
public class McpAccessFilter {
    /** The request attribute holding the id of the tenant the key acts for. */
    public static final String TENANT_ID = "cita.mcp.tenant";
    private final ApiKeysUseCase keys;
    private final RateLimits limits;

    public McpAccessFilter(ApiKeysUseCase keys, RateLimits limits) {
        this.keys = keys;
        this.limits = limits;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> authorize(HttpRequest<?> request) {
        Optional<ApiKey> key = BearerTokens.raw(request).flatMap(plaintext -> SecretKeys.authenticate(keys, plaintext));
        if (key.isEmpty()) {
            return BearerTokens.unauthorized(request);
        }
        request.setAttribute(TENANT_ID, key.get().tenantId());
        request.setAttribute(TenantAccessRule.ACTOR, SecretKeys.actor(key.get(), request));
        return SecretKeys.count(limits, request, key.get()).orElse(null);
    }
}
