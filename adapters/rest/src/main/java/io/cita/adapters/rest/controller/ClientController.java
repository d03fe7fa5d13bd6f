package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.ClientJson;
import io.cita.adapters.rest.dto.Fields;
import io.cita.adapters.rest.dto.PageJson;
import io.cita.adapters.rest.openapi.CommonProblems;
import io.cita.adapters.rest.openapi.ConflictProblems;
import io.cita.adapters.rest.security.TenantAccessRule;
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
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A tenant's customers; DELETE deactivates, or with erase=true erases their personal data. */
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Clients")
@CommonProblems
@Controller("/v1/tenants/{tenantId}/clients")
public class ClientController {
    private final ManageClientsUseCase clients;

    public ClientController(ManageClientsUseCase clients) {
        this.clients = clients;
    }

    /**
     * Creates a client. A phone or e-mail already used by another client of the tenant conflicts.
     */
    @ConflictProblems
    @Operation(operationId = "createClient")
    @Post
    public HttpResponse<ClientJson.Response> create(String tenantId, @Body ClientJson.Request request,
                                                    @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return HttpResponse.created(ClientJson.Response.from(clients.create(tenantId, request.toDetails(null, ""), actor)));
    }

    /**
     * Lists the tenant's clients.
     */
    @Operation(operationId = "listClients")
    @Get
    public PageJson<ClientJson.Response> list(String tenantId, @Nullable @QueryValue Integer limit,
                                              @Nullable @QueryValue String cursor) {
        return PageJson.from(clients.list(tenantId, Paging.of(limit, cursor)), ClientJson.Response::from);
    }

    /**
     * Reads one client.
     */
    @Operation(operationId = "getClient")
    @Get("/{clientId}")
    public ClientJson.Response get(String tenantId, String clientId) {
        return ClientJson.Response.from(clients.get(tenantId, clientId));
    }

    /**
     * Changes a client.
     */
    @ConflictProblems
    @Operation(operationId = "updateClient")
    @Patch("/{clientId}")
    public ClientJson.Response update(String tenantId, String clientId, @Body ClientJson.Request request,
                                      @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return ClientJson.Response.from(clients.update(tenantId, clientId,
                request.toDetails(clients.get(tenantId, clientId), ""), actor));
    }

    /**
     * Sets how a client may be reached. Channels in order of preference (EMAIL, SMS, WHATSAPP; none: e-mail when
     * the client has an address, else the business's phone channel) and consent to transactional messages,
     * marketing and feedback requests after a visit. Channels the client left by answering STOP stay left.
     */
    @Operation(operationId = "setClientContactPreferences")
    @Put("/{clientId}/contact-preferences")
    public ClientJson.Response choosePreferences(String tenantId, String clientId,
                                                 @Body ClientJson.PreferencesRequest request,
                                                 @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return ClientJson.Response.from(clients.choosePreferences(tenantId, clientId, request.channelList(),
                request.transactionalConsent() == null || request.transactionalConsent(),
                Boolean.TRUE.equals(request.marketingConsent()), Boolean.TRUE.equals(request.feedbackConsent()),
                actor));
    }

    /**
     * Deactivates a client. Their bookings stay. With {@code erase=true} (the right to erasure; needs MANAGE_TENANT,
     * and cannot be undone) also erases their personal data everywhere Cita keeps it: names, phone and e-mail, their
     * bookings' notes, conversations, messages and feedback comments, and every mention in audit entries; their
     * bookings, ratings and the business's counts stay, and the phone and e-mail are free for a new client.
     */
    @Operation(operationId = "deactivateClient")
    @Delete("/{clientId}")
    public ClientJson.Response deactivate(String tenantId, String clientId, @Nullable @QueryValue String erase,
                                          @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return ClientJson.Response.from(Boolean.TRUE.equals(Fields.flag("erase", erase))
                ? clients.erase(tenantId, clientId, actor)
                : clients.deactivate(tenantId, clientId, actor));
    }
}
