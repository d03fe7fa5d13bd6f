package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.ApiKeyJson;
import io.cita.adapters.rest.dto.PageJson;
import io.cita.adapters.rest.openapi.CommonProblems;
import io.cita.adapters.rest.openapi.ConflictProblems;
import io.cita.adapters.rest.security.TenantAccessRule;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ApiKeysUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A tenant's API keys: created (the full key shown once), listed and revoked by owners and admins. */
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "API keys")
@CommonProblems
@Controller("/v1/tenants/{tenantId}/api-keys")
public class ApiKeyController {
    private final ApiKeysUseCase keys;

    public ApiKeyController(ApiKeysUseCase keys) {
        this.keys = keys;
    }

    /**
     * Creates an API key. A publishable key (pk_live_) opens the public API from its allowed origins; a secret key
     * (sk_live_) acts for the tenant. The key is shown once.
     */
    @ConflictProblems
    @Operation(operationId = "createApiKey")
    @Post
    public HttpResponse<ApiKeyJson.Response> create(String tenantId, @Body ApiKeyJson.CreateRequest request,
                                                    @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        ApiKeysUseCase.CreatedKey created = keys.create(tenantId, request.kindValue(), request.name(),
                request.allowedOrigins(), actor);
        return HttpResponse.created(ApiKeyJson.Response.from(created.key(), created.plaintext()));
    }

    /**
     * Lists the tenant's API keys. Only their prefixes are shown, never the keys.
     */
    @Operation(operationId = "listApiKeys")
    @Get
    public PageJson<ApiKeyJson.Response> list(String tenantId, @Nullable @QueryValue Integer limit,
                                              @Nullable @QueryValue String cursor) {
        return PageJson.from(keys.list(tenantId, Paging.of(limit, cursor)), key -> ApiKeyJson.Response.from(key, null));
    }

    /**
     * Revokes an API key. It stops working at once.
     */
    @Operation(operationId = "revokeApiKey")
    @Delete("/{keyId}")
    public HttpResponse<Void> revoke(String tenantId, String keyId,
                                     @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        keys.revoke(tenantId, keyId, actor);
        return HttpResponse.noContent();
    }
}
