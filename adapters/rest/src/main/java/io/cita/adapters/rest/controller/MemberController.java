package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.MemberJson;
import io.cita.adapters.rest.dto.PageJson;
import io.cita.adapters.rest.openapi.CommonProblems;
import io.cita.adapters.rest.openapi.ConflictProblems;
import io.cita.adapters.rest.security.TenantAccessRule;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
     * Invites a person to the tenant in a role: an e-mail with a single-use link (valid 7 days) that they accept at
     * {@code POST /v1/invitations/accept}. The answer is the same whether or not the address has a Cita account. The
     * plan's staff limit is checked now and again on acceptance.
     */
    @ConflictProblems
    @Operation(operationId = "addMember")
    @ApiResponse(responseCode = "202", description = "The invitation, sent by e-mail",
            content = @Content(schema = @Schema(implementation = MemberJson.Invited.class)))
    @Post
    public HttpResponse<MemberJson.Invited> add(String tenantId, @Body MemberJson.AddRequest request,
                                                @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return HttpResponse.accepted().body(MemberJson.Invited.from(members.invite(tenantId, request.toCommand(),
                actor)));
    }

    /**
     * Lists the tenant's members and their roles.
     */
    @Operation(operationId = "listMembers")
    @Get
    public PageJson<MemberJson.Response> list(String tenantId, @Nullable @QueryValue Integer limit,
                                              @Nullable @QueryValue String cursor) {
        return PageJson.from(members.list(tenantId, Paging.of(limit, cursor)), MemberJson.Response::from);
    }

    /**
     * Changes a member's role or linked resource.
     */
    @Operation(operationId = "updateMember")
    @Patch("/{userId}")
    public MemberJson.Response update(String tenantId, String userId, @Body MemberJson.UpdateRequest request,
                                      @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return MemberJson.Response.from(members.update(tenantId, userId, request.roleOrNull(), request.resourceId(),
                actor));
    }

    /**
     * Removes a member from the tenant.
     */
    @Operation(operationId = "removeMember")
    @Delete("/{userId}")
    public HttpResponse<Void> remove(String tenantId, String userId,
                                     @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        members.remove(tenantId, userId, actor);
        return HttpResponse.noContent();
    }
}
