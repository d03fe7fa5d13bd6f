package io.cita.application.port.in;

import io.cita.application.port.query.Member;

/** A person accepts an e-mailed invitation and joins the business, with their account or a new one. */
public interface AcceptInvitationUseCase {
    /**
     * Uses the invitation's single-use {@code token}. An address with an account confirms it with that account's
     * password; a new one chooses its password (8-72 characters) and gives a first name unless the invitation has
     * one. An unknown, used or expired token is refused alike.
     */
    Member accept(AcceptInvitationCommand command, String ip, String userAgent);

    /** The token from the e-mail's link, the password, and the name of a new account. */
    record AcceptInvitationCommand(String token, String password, String firstName, String lastName) {
    }
}
