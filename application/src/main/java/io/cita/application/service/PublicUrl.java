package io.cita.application.service;

/** The address people reach Cita at ({@code cita.public-url}), kept without a trailing slash, and links under it. */
public record PublicUrl(String base) {
    public PublicUrl {
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The link to {@code path} ({@code /f/...}). */
    public String at(String path) {
        return base + path;
    }
}
