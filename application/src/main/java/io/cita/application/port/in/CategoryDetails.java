package io.cita.application.port.in;

/** The fields of a category a tenant sets. */
public record CategoryDetails(String name, String description, int sortOrder) {
}
