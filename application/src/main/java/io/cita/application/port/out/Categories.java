package io.cita.application.port.out;

import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.catalog.Category;
import java.util.Optional;

/** Outgoing persistence port for service categories. */
public interface Categories {
    /** Stores a new category with its audit entry (null: none) in the same atomic step. */
    void create(Category category, AuditRecord audit);

    /** Updates a category with its audit entry in the same atomic step. */
    void update(Category category, AuditRecord audit);

    Optional<Category> find(String tenantId, String categoryId);

    Page<Category> list(String tenantId, PageRequest page);
}
