package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.MemberJson;
import io.cita.adapters.rest.dto.PageJson;
import io.cita.adapters.rest.openapi.CommonProblems;
import io.cita.adapters.rest.openapi.ConflictProblems;
import io.cita.adapters.rest.security.TenantAccessFilter;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ManageMembersUseCase;
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

/** A tenant's members: owners and admins add, change and remove them. */
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Members")
@CommonProblems
@Controller("/v1/tenants/{tenantId}/members")
public class MemberController {
    private final ManageMembersUseCase members;

    public MemberController(ManageMembersUseCase members) {
        this.members = members;
    }

    /**
     * Adds a member to the tenant with a role. Counts against the plan's staff limit.
     */
    @ConflictProblems
    @Operation(operationId = "addMember")
    @Post
    public HttpResponse<MemberJson.Response> add(String tenantId, @Body MemberJson.AddRequest request,
                                                 @RequestAttribute(TenantAccessFilter.ACTOR) Actor actor) {
        ManageMembersUseCase.AddedMember added = members.add(tenantId, request.toCommand(), actor);
        return HttpResponse.created(MemberJson.Response.from(added.member(), added.temporaryPassword()));
    }

    /**
     * Lists the tenant's members and their roles.
     */
    @Operation(operationId = "listMembers")
    @Get
    public PageJson<MemberJson.Response> list(String tenantId, @Nullable @QueryValue Integer limit,
                                              @Nullable @QueryValue String cursor) {
        return PageJson.from(members.list(tenantId, Paging.of(limit, cursor)), m -> MemberJson.Response.from(m, null));
    }

    /**
     * Changes a member's role or linked resource.
     */
    @Operation(operationId = "updateMember")
    @Patch("/{userId}")
    public MemberJson.Response update(String tenantId, String userId, @Body MemberJson.UpdateRequest request,
                                      @RequestAttribute(TenantAccessFilter.ACTOR) Actor actor) {
        return MemberJson.Response.from(members.update(tenantId, userId, request.roleOrNull(), request.resourceId(),
                actor), null);
    }

    /**
     * Removes a member from the tenant.
     */
    @Operation(operationId = "removeMember")
    @Delete("/{userId}")
    public HttpResponse<Void> remove(String tenantId, String userId,
                                     @RequestAttribute(TenantAccessFilter.ACTOR) Actor actor) {
        members.remove(tenantId, userId, actor);
        return HttpResponse.noContent();
    }
}
