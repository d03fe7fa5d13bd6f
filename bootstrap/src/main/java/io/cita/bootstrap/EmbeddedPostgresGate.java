package io.cita.bootstrap;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Holds the datasource back until the embedded PostgreSQL, started in the background while the context builds,
 * answers: the pool and Flyway connect only once its configuration exists, so they never see a server still starting.
 */
@Singleton
@Requires(bean = EmbeddedPostgresRuntime.Starting.class)
public class EmbeddedPostgresGate implements BeanCreatedEventListener<DatasourceConfiguration> {
    private final EmbeddedPostgresRuntime.Starting postgres;

    public EmbeddedPostgresGate(EmbeddedPostgresRuntime.Starting postgres) {
        this.postgres = postgres;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        postgres.await();
        return event.getBean();
    }
}
