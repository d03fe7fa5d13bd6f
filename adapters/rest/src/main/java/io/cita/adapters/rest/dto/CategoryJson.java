package io.cita.adapters.rest.dto;

import io.cita.application.port.in.CategoryDetails;
import io.cita.domain.catalog.Category;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A category's JSON shapes. */
public final class CategoryJson {
    private CategoryJson() {
    }

    /** POST and PATCH body; on PATCH absent fields stay as they are. */
    @Introspected
    public record Request(@Nullable String name, @Nullable String description, @Nullable Integer sortOrder) {
        public CategoryDetails toDetails(Category current) {
            if (current == null) {
                return new CategoryDetails(Fields.required("name", name), description, Fields.orDefault(sortOrder, 0));
            }
            return new CategoryDetails(Fields.orDefault(name, current.name()),
                    Fields.orDefault(description, current.description()),
                    Fields.orDefault(sortOrder, current.sortOrder()));
        }
    }

    /** A category as the API shows it. */
    public record Response(String id, String name, String description, int sortOrder, boolean active) {
        public static Response from(Category category) {
            return new Response(category.id(), category.name(), category.description(), category.sortOrder(),
                    category.active());
        }
    }
}
