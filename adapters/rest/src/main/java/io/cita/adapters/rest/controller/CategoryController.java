package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.CategoryJson;
import io.cita.adapters.rest.dto.PageJson;
import io.cita.adapters.rest.openapi.CommonProblems;
import io.cita.adapters.rest.openapi.ConflictProblems;
import io.cita.adapters.rest.security.TenantAccessRule;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ManageCategoriesUseCase;
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

/** A tenant's service categories; DELETE deactivates. */
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Catalog")
@CommonProblems
@Controller("/v1/tenants/{tenantId}/categories")
public class CategoryController {
    private final ManageCategoriesUseCase categories;

    public CategoryController(ManageCategoriesUseCase categories) {
        this.categories = categories;
    }

    /**
     * Creates a service category.
     */
    @ConflictProblems
    @Operation(operationId = "createCategory")
    @Post
    public HttpResponse<CategoryJson.Response> create(String tenantId, @Body CategoryJson.Request request,
                                                      @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return HttpResponse.created(CategoryJson.Response.from(categories.create(tenantId, request.toDetails(null), actor)));
    }

    /**
     * Lists the tenant's categories.
     */
    @Operation(operationId = "listCategories")
    @Get
    public PageJson<CategoryJson.Response> list(String tenantId, @Nullable @QueryValue Integer limit,
                                                @Nullable @QueryValue String cursor) {
        return PageJson.from(categories.list(tenantId, Paging.of(limit, cursor)), CategoryJson.Response::from);
    }

    /**
     * Reads one category.
     */
    @Operation(operationId = "getCategory")
    @Get("/{categoryId}")
    public CategoryJson.Response get(String tenantId, String categoryId) {
        return CategoryJson.Response.from(categories.get(tenantId, categoryId));
    }

    /**
     * Changes a category.
     */
    @Operation(operationId = "updateCategory")
    @Patch("/{categoryId}")
    public CategoryJson.Response update(String tenantId, String categoryId, @Body CategoryJson.Request request,
                                        @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return CategoryJson.Response.from(categories.update(tenantId, categoryId,
                request.toDetails(categories.get(tenantId, categoryId)), actor));
    }

    /**
     * Deactivates a category.
     */
    @Operation(operationId = "deactivateCategory")
    @Delete("/{categoryId}")
    public CategoryJson.Response deactivate(String tenantId, String categoryId,
                                            @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return CategoryJson.Response.from(categories.deactivate(tenantId, categoryId, actor));
    }
}
