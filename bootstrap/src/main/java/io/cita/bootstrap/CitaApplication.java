package io.cita.bootstrap;

import io.micronaut.runtime.Micronaut;
import java.util.Optional;

/** Starts Cita: on PostgreSQL by default (embedded when no JDBC_URL is given). */
public final class CitaApplication {
    private CitaApplication() {
    }

    public static void main(String[] args) {
        Optional<EmbeddedPostgresRuntime.Starting> postgres = LocalDefaults.apply(System.getenv());
        Micronaut.build(args)
                .singletons(postgres.map(starting -> new Object[] {starting}).orElse(new Object[0]))
                .mainClass(CitaApplication.class)
                .defaultEnvironments("postgres")
                .banner(false)
                .start();
    }
}
