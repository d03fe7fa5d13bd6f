package io.cita.application.service.agent;

import io.cita.application.port.in.AgentCall;
import io.cita.application.port.query.VersionedTenant;
import io.cita.domain.agent.AgentFailure;
import io.cita.domain.agent.SpokenTime;
import io.cita.domain.shared.InvalidValueException;
import io.cita.domain.shared.PhoneNumber;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Tenant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/** One tool call being answered: the tenant as read for it, the call and its arguments, and when it is answered. */
record AgentContext(VersionedTenant read, AgentCall call, AgentArguments args, Instant now) {
    AgentContext(VersionedTenant read, AgentCall call, Instant now) {
        this(read, call, new AgentArguments(call.arguments()), now);
    }

    /** The tenant, as read once for the whole call (the engine's queries start from it instead of reading it again). */
    Tenant tenant() {
        return read.tenant();
    }

    String tenantId() {
        return tenant().id();
    }

    Language language() {
        return tenant().locale();
    }

    ZoneId zone() {
        return tenant().timezone();
    }

    LocalDate today() {
        return LocalDate.ofInstant(now, zone());
    }

    String spoken(Instant instant) {
        return SpokenTime.of(instant, zone(), language());
    }

    /**
     * The customer's phone: the caller's own on a phone call (a caller cannot act for another number), else the
     * {@code phone} argument; refused when neither is known or it is not a phone number.
     */
    PhoneNumber phone() {
        String phone = call.callerPhone() != null && !call.callerPhone().isBlank() ? call.callerPhone()
                : args.text("phone");
        if (phone == null) {
            throw new AgentRefusal(AgentFailure.CALLER_UNKNOWN, Map.of());
        }
        try {
            return new PhoneNumber(phone);
        } catch (InvalidValueException e) {
            throw new AgentRefusal(AgentFailure.INVALID_ARGUMENT, Map.of("field", "phone"), "phone");
        }
    }
}
