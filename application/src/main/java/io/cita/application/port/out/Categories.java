package io.cita.application.port.out;

import io.cita.domain.catalog.Category;
import java.util.Optional;

/** Outgoing persistence port for service categories. */
public interface Categories {
    void create(Category category);

    void update(Category category);

    Optional<Category> find(String tenantId, String categoryId);

    Page<Category> list(String tenantId, PageRequest page);
}
