package io.cita.adapters.rest.violations;

import io.cita.application.service.SignUpService;

/** Violates the use-case rule on purpose: an adapter holding a service class instead of its use case. */
public class RestAdapterUsingServiceDirectly {
    public SignUpService signUp;
}
