package io.cita.application.service.agent;

import io.cita.application.port.in.BookAppointmentUseCase;
import io.cita.application.port.in.HoldSlotUseCase;
import io.cita.application.port.in.ManageBookingsUseCase;
import io.cita.application.port.in.SelfServiceUseCase;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.Holds;

/** The use cases and stores the booking tools act through. */
public record AgentBookingParts(HoldSlotUseCase holding, Holds holds, BookAppointmentUseCase booking,
                                ManageBookingsUseCase bookings, SelfServiceUseCase selfService, Clients clients,
                                CatalogServices services) {
}
