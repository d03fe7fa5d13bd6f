package io.cita.adapters.rest.controller;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A text resource of the REST adapter (a page, its script or style), read once when its class loads. */
final class ClasspathText {
    private ClasspathText() {
    }

    static String read(String name) {
        try (InputStream in = ClasspathText.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
