package io.cita.bootstrap;

import io.micronaut.runtime.Micronaut;

/** Starts Cita: on PostgreSQL by default (embedded when no JDBC_URL is given). */
public final class CitaApplication {
    private CitaApplication() {
    }

    public static void main(String[] args) {
        LocalDefaults.apply(System.getenv());
        Micronaut.build(args)
                .mainClass(CitaApplication.class)
                .defaultEnvironments("postgres")
                .banner(false)
                .start();
    }
}
