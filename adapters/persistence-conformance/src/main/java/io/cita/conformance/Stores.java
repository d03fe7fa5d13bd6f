package io.cita.conformance;

import io.cita.application.port.out.ApiKeys;
import io.cita.application.port.out.AuditLog;
import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.out.Categories;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.Conversations;
import io.cita.application.port.out.Holds;
import io.cita.application.port.out.IdempotencyKeys;
import io.cita.application.port.out.InboundEvents;
import io.cita.application.port.out.LoginAttempts;
import io.cita.application.port.out.Members;
import io.cita.application.port.out.Plans;
import io.cita.application.port.out.Resources;
import io.cita.application.port.out.Schedules;
import io.cita.application.port.out.Sessions;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.out.UsageCounters;
import io.cita.application.port.out.Users;

/** Every persistence port of one store, as the contract suites need them. */
public record Stores(Tenants tenants, Users users, Plans plans, Categories categories, CatalogServices services,
                     Resources resources, Schedules schedules, Clients clients, Bookings bookings, Holds holds,
                     IdempotencyKeys idempotencyKeys, Members members, Sessions sessions, LoginAttempts loginAttempts,
                     ApiKeys apiKeys, Conversations conversations, InboundEvents inboundEvents,
                     UsageCounters usageCounters, AuditLog auditLog) {
}
