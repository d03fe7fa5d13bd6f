package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.ClientJson;
import io.cita.adapters.rest.dto.PageJson;
import io.cita.adapters.rest.security.TenantAccessFilter;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ManageClientsUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

/** A tenant's customers; DELETE deactivates. */
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Controller("/v1/tenants/{tenantId}/clients")
public class ClientController {
    private final ManageClientsUseCase clients;

    public ClientController(ManageClientsUseCase clients) {
        this.clients = clients;
    }

    @Post
    public HttpResponse<ClientJson.Response> create(String tenantId, @Body ClientJson.Request request,
                                                    @RequestAttribute(TenantAccessFilter.ACTOR) Actor actor) {
        return HttpResponse.created(ClientJson.Response.from(clients.create(tenantId, request.toDetails(null, ""), actor)));
    }

    @Get
    public PageJson<ClientJson.Response> list(String tenantId, @Nullable @QueryValue Integer limit,
                                              @Nullable @QueryValue String cursor) {
        return PageJson.from(clients.list(tenantId, Paging.of(limit, cursor)), ClientJson.Response::from);
    }

    @Get("/{clientId}")
    public ClientJson.Response get(String tenantId, String clientId) {
        return ClientJson.Response.from(clients.get(tenantId, clientId));
    }

    @Patch("/{clientId}")
    public ClientJson.Response update(String tenantId, String clientId, @Body ClientJson.Request request,
                                      @RequestAttribute(TenantAccessFilter.ACTOR) Actor actor) {
        return ClientJson.Response.from(clients.update(tenantId, clientId,
                request.toDetails(clients.get(tenantId, clientId), ""), actor));
    }

    @Delete("/{clientId}")
    public ClientJson.Response deactivate(String tenantId, String clientId,
                                          @RequestAttribute(TenantAccessFilter.ACTOR) Actor actor) {
        return ClientJson.Response.from(clients.deactivate(tenantId, clientId, actor));
    }
}
