package io.cita.application.service.delivery;

import io.cita.application.port.out.Deliveries;
import io.cita.application.port.out.EmailComposer;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.service.PublicUrl;
import io.cita.domain.access.AccountMessages;
import io.cita.domain.access.Invitation;
import io.cita.domain.delivery.Delivery;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.delivery.EventType;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Tenant;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The e-mails about a person's account (an invitation to join a business, a sign-up's confirmation, a notice that
 * its logins are slowed), queued as deliveries (of the inviting business, or of none) so the dispatcher sends,
 * retries and logs them like every other message.
 */
public class AccountMail {
    /** At most one slow-down notice per account in this long. */
    static final Duration NOTICE_SPACING = Duration.ofMinutes(15);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);
    private static final DateTimeFormatter LOCAL_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private final EmailComposer composer;
    private final Deliveries deliveries;
    private final IdGenerator ids;
    private final PublicUrl publicUrl;

    /** Links in the e-mails start with {@code publicUrl}, the address people reach Cita at. */
    public AccountMail(EmailComposer composer, Deliveries deliveries, IdGenerator ids, PublicUrl publicUrl) {
        this.composer = composer;
        this.deliveries = deliveries;
        this.ids = ids;
        this.publicUrl = publicUrl;
    }

    /** Queues {@code invitation}'s e-mail with its single-use {@code token}, in {@code tenant}'s language. */
    public void invitation(Invitation invitation, String token, Tenant tenant, Instant now) {
        AccountMessages.Text text = AccountMessages.invitation(tenant.locale());
        String link = link("/join", token);
        String greeting = invitation.firstName() == null || invitation.firstName().isBlank() ? ""
                : " " + invitation.firstName();
        Map<String, String> values = Map.of("business.name", tenant.name(), "greeting", greeting,
                "role", invitation.role().name().toLowerCase(Locale.ROOT), "link", link,
                "expires", DAY.format(invitation.expiresAt().atOffset(ZoneOffset.UTC)));
        queue(ids.newId(IdPrefix.DELIVERY), tenant.id(), invitation.id(), EventType.MEMBER_INVITED,
                invitation.email().value(), text, values, now);
    }

    /**
     * Queues the confirmation of a sign-up of {@code businessName} (the tenant {@code tenantId} it will be) to
     * {@code to}, with its sealed {@code token} valid until {@code expiresAt}: a message of no business yet.
     */
    public void signUpConfirmation(String tenantId, String to, String businessName, Language language,
                                   boolean existingAccount, String token, Instant expiresAt, Instant now) {
        Map<String, String> values = Map.of("business.name", businessName, "link", link("/signup/confirm", token),
                "expires", DAY.format(expiresAt.atOffset(ZoneOffset.UTC)));
        queue(ids.newId(IdPrefix.DELIVERY), Delivery.PLATFORM, tenantId, EventType.SIGNUP_CONFIRMATION, to,
                AccountMessages.signUpConfirmation(language, existingAccount), values, now);
    }

    /**
     * Queues the notice that {@code accountId}'s logins are slowed after {@code failures} failures, as a message of
     * no business; one per account per {@link #NOTICE_SPACING}, however many instances notice.
     */
    public void loginSlowed(String accountId, String email, int failures, Instant now) {
        Instant window = Instant.ofEpochMilli(now.toEpochMilli() / NOTICE_SPACING.toMillis()
                * NOTICE_SPACING.toMillis());
        queue(DeliveryIds.account("login-slowed", accountId, email, window), Delivery.PLATFORM, accountId,
                EventType.LOGIN_SLOWED, email, AccountMessages.loginSlowed(), Map.of("failures",
                        Integer.toString(failures)), now);
    }

    /**
     * Tells one of {@code tenant}'s owners at {@code email} that the subscription's payment failed; once per owner
     * and state of the subscription ({@code stateAt}), however often that state is reported.
     */
    public void paymentFailed(Tenant tenant, String ownerId, String email, Instant stateAt, Instant now) {
        queue(DeliveryIds.account("payment-failed", ownerId, email, stateAt), tenant.id(), tenant.id(),
                EventType.PAYMENT_FAILED, email, AccountMessages.paymentFailed(tenant.locale()),
                Map.of("business.name", tenant.name(), "link", publicUrl.at("/")), now);
    }

    /**
     * Tells one of {@code tenant}'s owners at {@code email} that the subscription's trial ends at {@code trialEnd}
     * (shown in the business's zone); once per owner and trial end, however often it is announced.
     */
    public void trialEnding(Tenant tenant, String ownerId, String email, Instant trialEnd, Instant now) {
        queue(DeliveryIds.account("trial-ending", ownerId, email, trialEnd), tenant.id(), tenant.id(),
                EventType.TRIAL_ENDING, email, AccountMessages.trialEnding(tenant.locale()),
                Map.of("business.name", tenant.name(), "link", publicUrl.at("/"),
                        "ends", LOCAL_DAY.format(trialEnd.atZone(tenant.timezone()))), now);
    }

    private String link(String page, String token) {
        return publicUrl.at(page) + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private void queue(String deliveryId, String tenantId, String eventId, EventType type, String to,
                       AccountMessages.Text text, Map<String, String> values, Instant now) {
        String payload = composer.compose(to, composer.render(text.subject(), values, false),
                composer.render(text.body(), values, true), null);
        deliveries.enqueue(List.of(Delivery.queued(deliveryId, tenantId, eventId, DeliveryChannel.EMAIL, to, type,
                payload, now)));
    }
}
