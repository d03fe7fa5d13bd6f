package io.cita.application.port.in;

/** Ends the free trials that have run out: a business that did not subscribe goes on, ACTIVE, on the FREE plan. */
public interface EndTrialsUseCase {
    /** Ends the trials that ended by now, claimed so that no two instances end the same; how many it ended. */
    int endTrials();
}
