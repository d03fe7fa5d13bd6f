package io.cita.domain.tenant;

/** The languages Cita speaks to a tenant's customers. */
public enum Language { ES, EN }
