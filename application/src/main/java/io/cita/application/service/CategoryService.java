package io.cita.application.service;

import io.cita.application.error.NotFoundException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.CategoryDetails;
import io.cita.application.port.in.ManageCategoriesUseCase;
import io.cita.application.port.out.Categories;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.catalog.Category;
import io.cita.domain.shared.IdPrefix;

/** Keeps a tenant's categories. */
public class CategoryService implements ManageCategoriesUseCase {
    private final Categories categories;
    private final IdGenerator ids;
    private final Lookups lookups;
    private final AuditTrail audit;

    public CategoryService(Categories categories, Tenants tenants, IdGenerator ids, AuditTrail audit) {
        this.audit = audit;
        this.categories = categories;
        this.ids = ids;
        this.lookups = new Lookups(tenants, null);
    }

    @Override
    public Category create(String tenantId, CategoryDetails details, Actor actor) {
        lookups.tenant(tenantId);
        Category category = new Category(ids.newId(IdPrefix.CATEGORY), tenantId, details.name(), details.description(),
                details.sortOrder(), true);
        categories.create(category,
                audit.pending(tenantId, actor, "category.created", "category", category.id(), null, category));
        return category;
    }

    @Override
    public Category update(String tenantId, String categoryId, CategoryDetails details, Actor actor) {
        Category current = get(tenantId, categoryId);
        Category updated = new Category(categoryId, tenantId, details.name(), details.description(),
                details.sortOrder(), current.active());
        categories.update(updated,
                audit.pending(tenantId, actor, "category.updated", "category", categoryId, current, updated));
        return updated;
    }

    @Override
    public Category get(String tenantId, String categoryId) {
        return categories.find(tenantId, categoryId).orElseThrow(() -> new NotFoundException("category", categoryId));
    }

    @Override
    public Page<Category> list(String tenantId, PageRequest page) {
        lookups.tenant(tenantId);
        return categories.list(tenantId, page);
    }

    @Override
    public Category deactivate(String tenantId, String categoryId, Actor actor) {
        Category current = get(tenantId, categoryId);
        Category deactivated = current.deactivated();
        categories.update(deactivated, audit.pending(tenantId, actor, "category.deactivated", "category", categoryId,
                current, deactivated));
        return deactivated;
    }
}
