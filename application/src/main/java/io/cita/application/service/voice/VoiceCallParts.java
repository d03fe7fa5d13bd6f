package io.cita.application.service.voice;

import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.Plans;
import io.cita.application.port.out.SecretTokens;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.out.UsageCounters;
import io.cita.application.service.CatalogCache;

/** The stores and tools a phone call is served with. */
public record VoiceCallParts(Tenants tenants, SecretTokens secrets, Plans plans, UsageCounters usage,
                             CatalogCache catalogs, Clients clients, Bookings bookings, IdGenerator ids,
                             ClockPort clock) {
}
