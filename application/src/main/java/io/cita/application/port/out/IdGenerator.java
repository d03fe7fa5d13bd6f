package io.cita.application.port.out;

import io.cita.domain.shared.IdPrefix;

/** Generates time-ordered prefixed ids and human booking references. */
public interface IdGenerator {
    String newId(IdPrefix prefix);

    /** A short reference a customer can read out, e.g. "K7M2QX9P". */
    String newReference();
}
