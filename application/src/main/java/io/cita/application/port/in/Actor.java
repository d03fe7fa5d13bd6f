package io.cita.application.port.in;

import java.util.Objects;

/** Who performs a command: a user, an API key or a channel, so the audit log can say who did what. */
public record Actor(Kind kind, String id, boolean manager) {
    /** The kinds of actor. */
    public enum Kind { USER, API_KEY, CHANNEL, SYSTEM }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Actor system() {
        return new Actor(Kind.SYSTEM, "system", true);
    }
}
