package io.cita.application.port.in;

/** Suspends the businesses whose payment still fails when their grace has ended. */
public interface ApplyBillingGraceUseCase {
    /** Applies the graces that ended by now, claimed so that no two instances apply the same; how many it applied. */
    int applyEndedGraces();
}
