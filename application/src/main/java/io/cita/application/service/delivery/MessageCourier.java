package io.cita.application.service.delivery;

import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.EmailSender;
import io.cita.application.port.out.FeedbackRequests;
import io.cita.application.port.out.MessageRecipients;
import io.cita.application.port.out.PhoneSender;
import io.cita.application.port.out.SendOutcome;
import io.cita.application.port.out.Tenants;
import io.cita.application.service.MessageBudget;
import io.cita.domain.delivery.Delivery;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.delivery.DeliveryStatus;
import io.cita.domain.delivery.RetrySchedule;
import io.cita.domain.tenant.Tenant;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends the messages to people (e-mail, SMS, WhatsApp) when they are still wanted: a phone message first spends one
 * of the business's monthly credits (none left: SKIPPED, nothing sent), a channel without a configured provider is
 * SKIPPED, a failed send is retried on the messages' schedule (by default 3 attempts over about 15 minutes), then
 * DEAD.
 */
public class MessageCourier {
    private final EmailSender emails;
    private final Map<DeliveryChannel, PhoneSender> phones = new EnumMap<>(DeliveryChannel.class);
    private final StillWanted stillWanted;
    private final MessageBudget budget;
    private final Tenants tenants;
    private final MessageRecipients recipients;
    private final ClockPort clock;
    private final RetrySchedule retries;

    /** The ports a courier reads and writes; {@code phones} the SMS and WhatsApp senders there are. */
    public record Ports(EmailSender emails, List<PhoneSender> phones, MessageRecipients recipients, Tenants tenants,
                        Bookings bookings, Clients clients, FeedbackRequests feedback, ClockPort clock) {
    }

    /** Failed sends are tried again on {@code retries} (seed 003: {@link RetrySchedule#MESSAGES}). */
    public MessageCourier(Ports ports, MessageBudget budget, RetrySchedule retries) {
        this.retries = retries;
        this.emails = ports.emails();
        ports.phones().forEach(sender -> phones.put(sender.channel(), sender));
        this.recipients = ports.recipients();
        this.tenants = ports.tenants();
        this.clock = ports.clock();
        this.stillWanted = new StillWanted(ports.bookings(), ports.clients(), ports.feedback());
        this.budget = budget;
    }

    void deliver(Delivery delivery, DeliveryRecorder recorder) {
        Optional<String> unwanted = stillWanted.whyNot(delivery);
        if (unwanted.isPresent()) {
            recorder.record(delivery.skipped(unwanted.get(), clock.now()));
            return;
        }
        if (delivery.channel() == DeliveryChannel.EMAIL) {
            if (!emails.enabled()) {
                recorder.record(delivery.skipped("no mail server is configured", clock.now()));
                return;
            }
            Delivery sending = recorder.sending(delivery, clock.now());
            finish(sending, emails.send(delivery.recipient(), delivery.payload()), recorder);
            return;
        }
        PhoneSender sender = phones.get(delivery.channel());
        if (sender == null || !sender.enabled()) {
            recorder.record(delivery.skipped("no " + delivery.channel() + " provider is configured", clock.now()));
            return;
        }
        Optional<Tenant> tenant = tenants.find(delivery.tenantId());
        boolean firstTry = delivery.attempts() == 0 && delivery.status() == DeliveryStatus.QUEUED;
        if (tenant.isEmpty() || firstTry && !budget.spend(tenant.get(), 1, clock.now())) {
            recorder.record(delivery.skipped("no message credits left this month", clock.now()));
            return;
        }
        Delivery sending = recorder.sending(delivery, clock.now());
        SendOutcome outcome = sender.send(delivery.recipient(), delivery.payload());
        if (outcome.accepted()) {
            recipients.remember(delivery.channel(), delivery.recipient(), delivery.tenantId(), clock.now());
        }
        finish(sending, outcome, recorder);
    }

    private void finish(Delivery sending, SendOutcome outcome, DeliveryRecorder recorder) {
        Instant now = clock.now();
        recorder.record(outcome.accepted() ? sending.sent(outcome.messageId(), now) : sending.failed(outcome.error(),
                retries, ThreadLocalRandom.current().nextDouble(), null, now));
    }
}
