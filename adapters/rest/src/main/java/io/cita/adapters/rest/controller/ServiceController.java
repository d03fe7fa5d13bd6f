package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.PageJson;
import io.cita.adapters.rest.dto.ServiceJson;
import io.cita.adapters.rest.openapi.CommonProblems;
import io.cita.adapters.rest.openapi.ConflictProblems;
import io.cita.adapters.rest.security.TenantAccessRule;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ManageServicesUseCase;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A tenant's bookable services; DELETE deactivates. */
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Catalog")
@CommonProblems
@Controller("/v1/tenants/{tenantId}/services")
public class ServiceController {
    private final ManageServicesUseCase services;

    public ServiceController(ManageServicesUseCase services) {
        this.services = services;
    }

    /**
     * Creates a service. Counts against the plan's service limit while active.
     */
    @ConflictProblems
    @Operation(operationId = "createService")
    @Post
    public HttpResponse<ServiceJson.Response> create(String tenantId, @Body ServiceJson.Request request,
                                                     @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return HttpResponse.created(ServiceJson.Response.from(services.create(tenantId, request.toDetails(null), actor)));
    }

    /**
     * Lists the tenant's services.
     */
    @Operation(operationId = "listServices")
    @Get
    public PageJson<ServiceJson.Response> list(String tenantId, @Nullable @QueryValue Integer limit,
                                               @Nullable @QueryValue String cursor) {
        return PageJson.from(services.list(tenantId, Paging.of(limit, cursor)), ServiceJson.Response::from);
    }

    /**
     * Reads one service.
     */
    @Operation(operationId = "getService")
    @Get("/{serviceId}")
    public ServiceJson.Response get(String tenantId, String serviceId) {
        return ServiceJson.Response.from(services.get(tenantId, serviceId));
    }

    /**
     * Changes a service.
     */
    @Operation(operationId = "updateService")
    @Patch("/{serviceId}")
    public ServiceJson.Response update(String tenantId, String serviceId, @Body ServiceJson.Request request,
                                       @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return ServiceJson.Response.from(services.update(tenantId, serviceId,
                request.toDetails(services.get(tenantId, serviceId)), actor));
    }

    /**
     * Deactivates a service. It is no longer bookable and frees a place in the plan's limit.
     */
    @Operation(operationId = "deactivateService")
    @Delete("/{serviceId}")
    public ServiceJson.Response deactivate(String tenantId, String serviceId,
                                           @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return ServiceJson.Response.from(services.deactivate(tenantId, serviceId, actor));
    }
}
