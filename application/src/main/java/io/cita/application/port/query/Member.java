package io.cita.application.port.query;

/** A membership with its user. */
public record Member(Membership membership, UserAccount user) {
}
