package io.cita.application.port.in;

import io.cita.domain.tenant.Tenant;

/** Signing up a new business: a FREE/TRIAL tenant and its owner. */
public interface SignUpUseCase {
    SignUpResult signUp(SignUpCommand command);

    /** The new tenant and the id of its owner. */
    record SignUpResult(Tenant tenant, String ownerUserId) {
    }
}
