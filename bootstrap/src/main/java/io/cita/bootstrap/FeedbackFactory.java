package io.cita.bootstrap;

import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Deliveries;
import io.cita.application.port.out.EmailComposer;
import io.cita.application.port.out.FeedbackRequests;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.InboundEvents;
import io.cita.application.port.out.PhoneNumbers;
import io.cita.application.port.out.PhoneSender;
import io.cita.application.port.out.SecretTokens;
import io.cita.application.port.out.Tenants;
import io.cita.application.service.AuditTrail;
import io.cita.application.service.PublicUrl;
import io.cita.application.service.delivery.BookingStores;
import io.cita.application.service.delivery.FeedbackMessages;
import io.cita.application.service.delivery.FeedbackNotifications;
import io.cita.application.service.delivery.NotificationTemplateService;
import io.cita.application.service.feedback.FeedbackFormService;
import io.cita.application.service.feedback.FeedbackInboxService;
import io.cita.application.service.feedback.FeedbackReplyService;
import io.cita.application.service.feedback.ReviewLinkService;
import io.cita.application.service.feedback.VisitImportService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;

/** Wires feedback after the visit: its messages, its requests on completed visits, the replies, form and inbox. */
@Factory
public class FeedbackFactory {
    @Singleton
    FeedbackMessages feedbackMessages(EmailComposer composer, NotificationTemplateService templates,
                                      List<PhoneSender> phones) {
        return new FeedbackMessages(composer, templates, phones);
    }

    @Singleton
    FeedbackNotifications feedbackNotifications(Bookings bookings, Clients clients, CatalogServices services,
                                                Tenants tenants, FeedbackRequests requests,
                                                FeedbackMessages messages) {
        return new FeedbackNotifications(new BookingStores(bookings, clients, services, tenants), requests, messages);
    }

    @Singleton
    FeedbackReplyService feedbackReplies(FeedbackRequests requests, Tenants tenants, Clients clients,
                                         Deliveries deliveries, InboundEvents inbound, SecretTokens secrets,
                                         ClockPort clock, FeedbackMessages messages, PublicUrl publicUrl) {
        return new FeedbackReplyService(new FeedbackReplyService.Ports(requests, tenants, clients, deliveries, inbound,
                secrets, clock), messages, publicUrl);
    }

    @Singleton
    FeedbackFormService feedbackForm(FeedbackRequests requests, Tenants tenants, Clients clients,
                                     SecretTokens secrets, ClockPort clock) {
        return new FeedbackFormService(requests, tenants, clients, secrets, clock);
    }

    @Singleton
    VisitImportService visitImports(Tenants tenants, Clients clients, FeedbackRequests requests,
                                    Deliveries deliveries, PhoneNumbers phones, IdGenerator ids, ClockPort clock,
                                    AuditTrail audit, FeedbackMessages messages) {
        return new VisitImportService(new VisitImportService.Ports(tenants, clients, requests, deliveries, phones, ids,
                clock, audit), messages);
    }

    @Singleton
    ReviewLinkService reviewLinks(FeedbackRequests requests, Tenants tenants, ClockPort clock) {
        return new ReviewLinkService(requests, tenants, clock);
    }

    @Singleton
    FeedbackInboxService feedbackInbox(FeedbackRequests requests, Tenants tenants, Clients clients, ClockPort clock,
                                       AuditTrail audit) {
        return new FeedbackInboxService(requests, tenants, clients, clock, audit);
    }
}
