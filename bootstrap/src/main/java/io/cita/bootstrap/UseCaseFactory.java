package io.cita.bootstrap;

import io.cita.application.port.in.FeedbackRepliesUseCase;
import io.cita.application.port.out.ApiKeys;
import io.cita.application.port.out.AuditLog;
import io.cita.application.port.out.BookingMetrics;
import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.CallLogs;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.out.Categories;
import io.cita.application.port.out.ClientErasures;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Conversations;
import io.cita.application.port.out.ExpiredRecords;
import io.cita.application.port.out.Holds;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.IdempotencyKeys;
import io.cita.application.port.out.InboundEvents;
import io.cita.application.port.out.Messenger;
import io.cita.application.port.out.Payments;
import io.cita.application.port.out.Plans;
import io.cita.application.port.out.Resources;
import io.cita.application.port.out.Schedules;
import io.cita.application.port.out.SecretTokens;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.out.UsageCounters;
import io.cita.application.port.out.VoiceAssistants;
import io.cita.application.service.ApiKeyService;
import io.cita.application.service.AuditTrail;
import io.cita.application.service.AvailabilityService;
import io.cita.application.service.BookingLifecycleService;
import io.cita.application.service.BookingService;
import io.cita.application.service.CatalogCache;
import io.cita.application.service.CategoryService;
import io.cita.application.service.ChatInboxService;
import io.cita.application.service.ClientService;
import io.cita.application.service.HoldService;
import io.cita.application.service.HousekeepingService;
import io.cita.application.service.IdempotencyService;
import io.cita.application.service.PlanCache;
import io.cita.application.service.ResourceService;
import io.cita.application.service.SelfServiceBookingService;
import io.cita.application.service.ServiceCatalogService;
import io.cita.application.service.TenantAdministrationService;
import io.cita.application.service.TenantService;
import io.cita.application.service.agent.AgentBookingParts;
import io.cita.application.service.agent.AgentToolService;
import io.cita.application.service.chat.ChatBookingService;
import io.cita.application.service.chat.WebChatService;
import io.cita.application.service.delivery.OptOutService;
import io.cita.application.service.voice.VoiceCallParts;
import io.cita.application.service.voice.VoiceCallService;
import io.cita.application.service.voice.VoiceService;
import io.cita.domain.booking.Hold;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;

/** Wires the use-case services of the application core from the store's ports; the core itself knows no framework. */
@Factory
public class UseCaseFactory {

    @Singleton
    HousekeepingService housekeeping(ExpiredRecords expired, ClockPort clock) {
        return new HousekeepingService(expired, clock);
    }

    @Singleton
    AuditTrail auditTrail(IdGenerator ids, ClockPort clock) {
        return new AuditTrail(ids, clock);
    }

    @Singleton
    TenantService tenants(Tenants tenants, Bookings bookings, Plans plans, UsageCounters usage, AuditLog log,
                          AuditTrail audit) {
        return new TenantService(tenants, bookings, plans, usage, log, audit);
    }

    @Singleton
    CategoryService categories(Categories categories, Tenants tenants, IdGenerator ids, AuditTrail audit) {
        return new CategoryService(categories, tenants, ids, audit);
    }

    @Singleton
    ServiceCatalogService services(CatalogServices services, Categories categories, Tenants tenants, Plans plans,
                                   IdGenerator ids, AuditTrail audit) {
        return new ServiceCatalogService(services, categories, tenants, plans, ids, audit);
    }

    @Singleton
    ResourceService resources(Resources resources, CatalogServices services, Schedules schedules, Tenants tenants,
                              Plans plans, IdGenerator ids, AuditTrail audit) {
        return new ResourceService(resources, services, schedules, tenants, plans, ids, audit);
    }

    @Singleton
    ClientService clients(Clients clients, ClientErasures erasures, AuditLog auditLog, Tenants tenants, IdGenerator ids,
                          ClockPort clock, AuditTrail audit) {
        return new ClientService(clients, erasures, auditLog, tenants, ids, clock, audit);
    }

    @Singleton
    CatalogCache catalogCache(Tenants tenants, CatalogServices services, Resources resources, Schedules schedules,
                              @Value("${cita.catalog-cache.max-tenants:10000}") int maxTenants) {
        return new CatalogCache(tenants, services, resources, schedules, maxTenants);
    }

    /** Typed as itself only, so the store's Plans stays the one bean of that type. */
    @Singleton
    @Bean(typed = PlanCache.class)
    PlanCache planCache(Plans plans, ClockPort clock, @Value("${cita.plans.cache-ttl:60s}") Duration ttl) {
        return new PlanCache(plans, clock, ttl);
    }

    @Singleton
    AvailabilityService availability(CatalogCache catalogs, Bookings bookings, Plans plans, ClockPort clock) {
        return new AvailabilityService(catalogs, bookings, plans, clock);
    }

    @Singleton
    HoldService holds(Holds holds, CatalogCache catalogs, Bookings bookings, IdGenerator ids, ClockPort clock,
                      @Value("${cita.holds.ttl:5m}") Duration ttl, AuditTrail audit) {
        return new HoldService(holds, catalogs, bookings, ids, clock, ttl == null ? Hold.DEFAULT_TTL : ttl, audit);
    }

    @Singleton
    BookingService booking(Bookings bookings, Holds holds, Clients clients, CatalogCache catalogs, PlanCache plans,
                           IdGenerator ids, ClockPort clock, AuditTrail audit, BookingMetrics metrics) {
        return new BookingService(bookings, holds, clients, catalogs, plans, ids, clock, audit, metrics);
    }

    @Singleton
    BookingLifecycleService bookingLifecycle(Bookings bookings, CatalogCache catalogs, ClockPort clock,
                                             AuditTrail audit, BookingMetrics metrics) {
        return new BookingLifecycleService(bookings, catalogs, clock, audit, metrics);
    }

    @Singleton
    ApiKeyService apiKeys(ApiKeys keys, Tenants tenants, SecretTokens secrets, IdGenerator ids, ClockPort clock,
                          AuditTrail audit) {
        return new ApiKeyService(keys, tenants, secrets, ids, clock, audit);
    }

    @Singleton
    SelfServiceBookingService selfService(Bookings bookings, Clients clients, BookingLifecycleService lifecycle) {
        return new SelfServiceBookingService(bookings, clients, lifecycle);
    }

    @Singleton
    TenantAdministrationService tenantAdministration(Tenants tenants, AuditTrail audit, UsageCounters usage,
                                                     Payments payments, ClockPort clock) {
        return new TenantAdministrationService(tenants, audit, usage, payments, clock);
    }

    @Singleton
    ChatBookingService.Parts chatParts(Tenants tenants, Conversations conversations, CatalogServices services,
                                       CatalogCache catalogs, Clients clients, UsageCounters usage, PlanCache plans,
                                       Messenger messenger, IdGenerator ids, ClockPort clock) {
        return new ChatBookingService.Parts(tenants, conversations, services, catalogs, clients, usage, plans,
                messenger, ids, clock);
    }

    @Singleton
    ChatBookingService chat(ChatBookingService.Parts parts, AvailabilityService availability, HoldService holds,
                            BookingService booking, BookingLifecycleService bookings, OptOutService optOuts,
                            @Value("${whatsapp.phone-number-id:}") String sharedNumberId) {
        return new ChatBookingService(parts, availability, holds, booking, bookings, optOuts, sharedNumberId);
    }

    @Singleton
    WebChatService webChat(ChatBookingService.Parts parts, SecretTokens secrets, AvailabilityService availability,
                           HoldService holds, BookingService booking, BookingLifecycleService bookings) {
        return new WebChatService(parts, secrets, availability, holds, booking, bookings);
    }

    @Singleton
    ChatInboxService chatInbox(InboundEvents events, ChatBookingService chat, FeedbackRepliesUseCase feedback,
                               ClockPort clock, @Value("${whatsapp.retry-after:1m}") Duration retryAfter) {
        return new ChatInboxService(events, chat, feedback, clock, retryAfter);
    }

    @Singleton
    AgentToolService agentTools(Tenants tenants, ClockPort clock, AvailabilityService availability, HoldService holding,
                                Holds holds, BookingService booking, BookingLifecycleService bookings,
                                SelfServiceBookingService selfService, Clients clients, CatalogServices services,
                                CatalogCache catalogs) {
        return new AgentToolService(tenants, clock, availability, catalogs, new AgentBookingParts(holding, holds,
                booking, bookings, selfService, clients, services));
    }

    @Singleton
    VoiceService voice(VoiceAssistants assistants, CallLogs calls, Tenants tenants, SecretTokens secrets,
                       ClockPort clock, AuditTrail audit) {
        return new VoiceService(assistants, calls, tenants, secrets, clock, audit);
    }

    @Singleton
    VoiceCallService voiceCalls(VoiceAssistants assistants, CallLogs calls, Tenants tenants, SecretTokens secrets,
                                PlanCache plans, UsageCounters usage, CatalogCache catalogs, Clients clients,
                                Bookings bookings, IdGenerator ids, ClockPort clock, AgentToolService tools) {
        return new VoiceCallService(assistants, calls, new VoiceCallParts(tenants, secrets, plans, usage, catalogs,
                clients, bookings, ids, clock), tools);
    }

    @Singleton
    IdempotencyService idempotency(IdempotencyKeys keys, ClockPort clock) {
        return new IdempotencyService(keys, clock);
    }
}
