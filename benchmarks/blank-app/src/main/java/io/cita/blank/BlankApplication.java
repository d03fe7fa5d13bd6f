package io.cita.blank;

import io.micronaut.runtime.Micronaut;

/** A Micronaut application with nothing but one endpoint: what Cita's start-up is compared with. */
public final class BlankApplication {
    private BlankApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(BlankApplication.class, args);
    }
}
