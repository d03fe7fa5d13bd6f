package io.cita.application.port.in;

import io.cita.domain.tenant.Tenant;
import java.util.Optional;

/**
 * Signing up a new business: a FREE/TRIAL tenant and its owner. Where e-mail is sent, the address is confirmed first,
 * and the answer is the same whether or not it has an account.
 */
public interface SignUpUseCase {
    /**
     * The new tenant at once where no mail server is configured; otherwise empty: a confirmation link was e-mailed to
     * the owner's address (to an address with an account, confirming adds the business to it). A taken slug conflicts.
     */
    Optional<SignUpResult> signUp(SignUpCommand command);

    /** Creates the business and its owner at once, for a caller that vouches for the address (the demo seeder). */
    SignUpResult signUpConfirmed(SignUpCommand command);

    /**
     * Creates the business a confirmation link was sent for; its token works until it expires, and once: a second
     * use conflicts. An unknown, forged or expired token is not found.
     */
    SignUpResult confirm(String token);

    /** The new tenant and the id of its owner. */
    record SignUpResult(Tenant tenant, String ownerUserId) {
    }
}
