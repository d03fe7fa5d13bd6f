package io.cita.domain.resource;

/** What kind of thing a resource is. */
public enum ResourceType { STAFF, ROOM, EQUIPMENT, OTHER }
