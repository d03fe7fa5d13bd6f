package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.PageJson;
import io.cita.adapters.rest.dto.ResourceJson;
import io.cita.adapters.rest.openapi.CommonProblems;
import io.cita.adapters.rest.openapi.ConflictProblems;
import io.cita.adapters.rest.security.TenantAccessRule;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ManageResourcesUseCase;
import io.cita.domain.resource.Resource;
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
import java.util.List;

/** A tenant's resources with their weekly schedules and exceptions; DELETE on a resource deactivates it. */
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Resources")
@CommonProblems
@Controller("/v1/tenants/{tenantId}/resources")
public class ResourceController {
    private final ManageResourcesUseCase resources;

    public ResourceController(ManageResourcesUseCase resources) {
        this.resources = resources;
    }

    /**
     * Creates a resource: a staff member, a room or equipment. Counts against the plan's resource limit while active.
     */
    @ConflictProblems
    @Operation(operationId = "createResource")
    @Post
    public HttpResponse<ResourceJson.Response> create(String tenantId, @Body ResourceJson.Request request,
                                                      @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return HttpResponse.created(ResourceJson.Response.from(resources.create(tenantId, request.toDetails(null), actor)));
    }

    /**
     * Lists the tenant's resources.
     */
    @Operation(operationId = "listResources")
    @Get
    public PageJson<ResourceJson.Response> list(String tenantId, @Nullable @QueryValue Integer limit,
                                                @Nullable @QueryValue String cursor) {
        return PageJson.from(resources.list(tenantId, Paging.of(limit, cursor)), ResourceJson.Response::from);
    }

    /**
     * Reads one resource.
     */
    @Operation(operationId = "getResource")
    @Get("/{resourceId}")
    public ResourceJson.Response get(String tenantId, String resourceId) {
        return ResourceJson.Response.from(resources.get(tenantId, resourceId));
    }

    /**
     * Changes a resource.
     */
    @Operation(operationId = "updateResource")
    @Patch("/{resourceId}")
    public ResourceJson.Response update(String tenantId, String resourceId, @Body ResourceJson.Request request,
                                        @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return ResourceJson.Response.from(resources.update(tenantId, resourceId,
                request.toDetails(resources.get(tenantId, resourceId)), actor));
    }

    /**
     * Deactivates a resource. It frees a place in the plan's limit.
     */
    @Operation(operationId = "deactivateResource")
    @Delete("/{resourceId}")
    public ResourceJson.Response deactivate(String tenantId, String resourceId,
                                            @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return ResourceJson.Response.from(resources.deactivate(tenantId, resourceId, actor));
    }

    /**
     * Replaces a resource's weekly working hours. Local times in the resource's zone.
     */
    @Operation(operationId = "replaceWeeklySchedule")
    @Put("/{resourceId}/schedule")
    public ResourceJson.Schedule replaceSchedule(String tenantId, String resourceId, @Body ResourceJson.Schedule schedule,
                                                 @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return ResourceJson.Schedule.from(resources.replaceSchedule(tenantId, resourceId, schedule.toDomain(), actor));
    }

    /**
     * Reads a resource's weekly working hours.
     */
    @Operation(operationId = "getWeeklySchedule")
    @Get("/{resourceId}/schedule")
    public ResourceJson.Schedule schedule(String tenantId, String resourceId) {
        return ResourceJson.Schedule.from(resources.schedule(tenantId, resourceId));
    }

    /**
     * Adds a date exception to a resource's schedule. A closed day or time off, or other hours that replace the day's.
     */
    @Operation(operationId = "addScheduleException")
    @Post("/{resourceId}/exceptions")
    public HttpResponse<ResourceJson.Exception> addException(String tenantId, String resourceId,
                                                             @Body ResourceJson.Exception request,
                                                             @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        Resource resource = resources.get(tenantId, resourceId);
        return HttpResponse.created(ResourceJson.Exception.from(
                resources.addException(tenantId, resourceId, request.toDetails(), actor), resource.timezone()));
    }

    /**
     * Lists a resource's date exceptions.
     */
    @Operation(operationId = "listScheduleExceptions")
    @Get("/{resourceId}/exceptions")
    public List<ResourceJson.Exception> exceptions(String tenantId, String resourceId) {
        Resource resource = resources.get(tenantId, resourceId);
        return resources.exceptions(tenantId, resourceId).stream()
                .map(exception -> ResourceJson.Exception.from(exception, resource.timezone())).toList();
    }

    /**
     * Deletes a date exception.
     */
    @Operation(operationId = "deleteScheduleException")
    @Delete("/{resourceId}/exceptions/{exceptionId}")
    public HttpResponse<Void> deleteException(String tenantId, String resourceId, String exceptionId,
                                              @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        resources.deleteException(tenantId, resourceId, exceptionId, actor);
        return HttpResponse.noContent();
    }
}
