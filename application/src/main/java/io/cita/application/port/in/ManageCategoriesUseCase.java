package io.cita.application.port.in;

import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.catalog.Category;

/** Keeping a tenant's service categories. */
public interface ManageCategoriesUseCase {
    Category create(String tenantId, CategoryDetails details, Actor actor);

    Category update(String tenantId, String categoryId, CategoryDetails details, Actor actor);

    Category get(String tenantId, String categoryId);

    Page<Category> list(String tenantId, PageRequest page);

    Category deactivate(String tenantId, String categoryId, Actor actor);
}
