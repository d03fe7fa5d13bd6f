package io.cita.application.violations;

import io.micronaut.context.annotation.Factory;

/** Violates the application rule on purpose: a service annotated with a framework annotation. */
@Factory
public class ApplicationUsingMicronaut {
}
