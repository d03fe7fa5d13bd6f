package io.cita.domain.catalog;

import io.cita.domain.shared.InvalidValueException;
import java.util.Objects;

/** A group of services shown together, such as "Haircuts" or "Color". */
public record Category(String id, String tenantId, String name, String description, int sortOrder, boolean active) {
    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidValueException("name must be 1-100 characters");
        }
    }

    public Category deactivated() {
        return new Category(id, tenantId, name, description, sortOrder, false);
    }
}
