package io.cita.application.error;

/** The thing asked for does not exist, or belongs to another tenant (which callers must not be able to tell). */
public class NotFoundException extends RuntimeException {
    private final String entity;

    public NotFoundException(String entity, String id) {
        super(entity + " " + id + " not found");
        this.entity = entity;
    }

    public String entity() {
        return entity;
    }
}
