package io.cita.bootstrap;

import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.CalendarFeeds;
import io.cita.application.port.out.CalendarWriter;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Deliveries;
import io.cita.application.port.out.DeliveryMetrics;
import io.cita.application.port.out.EmailComposer;
import io.cita.application.port.out.FeedbackRequests;
import io.cita.application.port.out.InboundEvents;
import io.cita.application.port.out.EmailSender;
import io.cita.application.port.out.EventPayloads;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.Members;
import io.cita.application.port.out.MessageRecipients;
import io.cita.application.port.out.NotificationTemplates;
import io.cita.application.port.out.OutboxEvents;
import io.cita.application.port.out.PhoneSender;
import io.cita.application.port.out.Plans;
import io.cita.application.port.out.Resources;
import io.cita.application.port.out.SecretTokens;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.out.UsageCounters;
import io.cita.application.port.out.WebhookEndpoints;
import io.cita.application.port.out.WebhookSender;
import io.cita.application.service.AuditTrail;
import io.cita.application.service.CalendarFeedService;
import io.cita.application.service.MessageBudget;
import io.cita.application.service.delivery.DeliveryLogService;
import io.cita.application.service.delivery.AllNotifications;
import io.cita.application.service.delivery.BookingStores;
import io.cita.application.service.delivery.ClientNotifications;
import io.cita.application.service.delivery.DispatchService;
import io.cita.application.service.delivery.FeedbackNotifications;
import io.cita.application.service.delivery.MessageCourier;
import io.cita.application.service.delivery.OptOutService;
import io.cita.application.service.delivery.StaffNotifications;
import io.cita.application.service.delivery.NotificationTemplateService;
import io.cita.application.service.delivery.WebhookEndpointService;
import io.cita.application.service.delivery.WebhookUrlPolicy;
import io.cita.domain.delivery.RetrySchedule;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;

/**
 * Wires the outbox dispatcher, the notifications, the webhook endpoints, the delivery log and the calendar feeds from
 * the active store's ports.
 */
@Factory
public class DeliveryFactory {
    @Singleton
    WebhookUrlPolicy webhookUrls(@Value("${cita.webhooks.allow-private-http:false}") boolean allowPrivate) {
        return new WebhookUrlPolicy(allowPrivate);
    }

    @Singleton
    NotificationTemplateService notificationTemplates(NotificationTemplates templates, Tenants tenants,
                                                      AuditTrail audit) {
        return new NotificationTemplateService(templates, tenants, audit);
    }

    @Singleton
    ClientNotifications clientNotifications(Bookings bookings, Clients clients, CatalogServices services,
                                            Tenants tenants, EmailComposer composer,
                                            NotificationTemplateService templates, List<PhoneSender> phones) {
        return new ClientNotifications(new BookingStores(bookings, clients, services, tenants), composer, templates,
                phones);
    }

    @Singleton
    StaffNotifications staffNotifications(Bookings bookings, Clients clients, CatalogServices services,
                                          Tenants tenants, Members members, EmailComposer composer,
                                          NotificationTemplateService templates) {
        return new StaffNotifications(new BookingStores(bookings, clients, services, tenants), members, composer,
                templates);
    }

    @Singleton
    MessageCourier messageCourier(EmailSender emails, List<PhoneSender> phones, MessageRecipients recipients,
                                  Tenants tenants, Bookings bookings, Clients clients, FeedbackRequests feedback,
                                  ClockPort clock,
                                  UsageCounters usage, Plans plans,
                                  @Value("${cita.messages.retry-delays:3m,12m}") List<Duration> retries) {
        return new MessageCourier(new MessageCourier.Ports(emails, phones, recipients, tenants, bookings, clients,
                feedback, clock), new MessageBudget(usage, plans), new RetrySchedule(retries));
    }

    @Singleton
    DispatchService dispatch(OutboxEvents outbox, Deliveries deliveries, WebhookEndpoints endpoints,
                             WebhookSender sender, EventPayloads payloads, DeliveryMetrics metrics,
                             ClockPort clock, @Value("${cita.dispatch.lease:60s}") Duration lease,
                             @Value("${cita.webhooks.retry-delays:5s,5m,30m,2h,5h,10h,10h}") List<Duration> retries,
                             WebhookUrlPolicy urls, ClientNotifications clients, StaffNotifications staff,
                             FeedbackNotifications feedback, MessageCourier messages) {
        return new DispatchService(new DispatchService.Ports(outbox, deliveries, endpoints, sender, payloads,
                metrics, clock), lease, new RetrySchedule(retries), urls,
                new AllNotifications(List.of(clients, staff, feedback)), messages);
    }

    @Singleton
    WebhookEndpointService webhookEndpoints(WebhookEndpoints endpoints, Tenants tenants, WebhookSender sender,
                                            IdGenerator ids, ClockPort clock, WebhookUrlPolicy urls,
                                            @Value("${cita.webhooks.secret-overlap:24h}") Duration overlap,
                                            AuditTrail audit) {
        return new WebhookEndpointService(endpoints, tenants, sender, ids, clock, urls, overlap, audit);
    }

    @Singleton
    CalendarFeedService calendarFeeds(CalendarFeeds feeds, Resources resources, Bookings bookings,
                                      CatalogServices services, CalendarWriter writer, SecretTokens secrets,
                                      IdGenerator ids, ClockPort clock, AuditTrail audit) {
        return new CalendarFeedService(new CalendarFeedService.Stores(feeds, resources, bookings, services), writer,
                secrets, ids, clock, audit);
    }

    @Singleton
    OptOutService optOuts(MessageRecipients recipients, Clients clients, Tenants tenants, InboundEvents inbound,
                          ClockPort clock, AuditTrail audit) {
        return new OptOutService(recipients, clients, tenants, inbound, clock, audit);
    }

    @Singleton
    DeliveryLogService deliveryLog(Deliveries deliveries, ClockPort clock) {
        return new DeliveryLogService(deliveries, clock);
    }
}
