package io.cita.bootstrap;

import io.micronaut.runtime.Micronaut;

/** Starts Cita: on PostgreSQL by default (embedded when no JDBC_URL is given). */
public final class CitaApplication {
    private CitaApplication() {
    }

    public static void main(String[] args) {
        Micronaut micronaut = Micronaut.build(args)
                .mainClass(CitaApplication.class)
                .defaultEnvironments("postgres")
                .banner(false);
        // an embedded PostgreSQL still starting is handed to the context, whose gate waits for it
        LocalDefaults.apply(System.getenv()).ifPresent(micronaut::singletons);
        micronaut.start();
    }
}
