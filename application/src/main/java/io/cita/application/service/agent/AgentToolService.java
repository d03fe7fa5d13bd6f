package io.cita.application.service.agent;

import io.cita.application.error.InvalidRequestException;
import io.cita.application.error.NotFoundException;
import io.cita.application.error.PlanLimitExceededException;
import io.cita.application.port.in.AgentCall;
import io.cita.application.port.in.AgentResult;
import io.cita.application.port.in.AgentTool;
import io.cita.application.port.in.AgentToolsUseCase;
import io.cita.application.port.in.ListAvailabilityUseCase;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.query.VersionedTenant;
import io.cita.application.service.CatalogCache;
import io.cita.domain.agent.AgentFailure;
import io.cita.domain.shared.InvalidValueException;
import io.cita.domain.tenant.Tenant;
import java.util.List;
import java.util.Map;

/**
 * The agent tool set: runs each call at its tenant, in the tenant's language, and answers every outcome as a result;
 * the rules are the booking core's own, reached through its use cases.
 */
public class AgentToolService implements AgentToolsUseCase {
    private final Tenants tenants;
    private final ClockPort clock;
    private final AgentOffers offers;
    private final AgentBookings bookings;

    public AgentToolService(Tenants tenants, ClockPort clock, ListAvailabilityUseCase availability,
                            CatalogCache catalogs, AgentBookingParts parts) {
        this.tenants = tenants;
        this.clock = clock;
        this.offers = new AgentOffers(catalogs, availability);
        this.bookings = new AgentBookings(offers, parts);
    }

    @Override
    public List<AgentTool> tools() {
        return AgentToolCatalog.TOOLS;
    }

    @Override
    public AgentResult call(AgentCall call) {
        VersionedTenant read = tenants.findVersioned(call.tenantId()).orElseThrow(() -> new NotFoundException(
                "tenant", call.tenantId()));
        Tenant tenant = read.tenant();
        AgentContext context = new AgentContext(read, call, clock.now());
        if (!tenant.status().operating()) {
            return AgentResult.failed(AgentFailure.BUSINESS_UNAVAILABLE.code(),
                    AgentFailure.BUSINESS_UNAVAILABLE.sentence(tenant.locale()), Map.of());
        }
        try {
            return run(context);
        } catch (AgentRefusal refusal) {
            return AgentResult.failed(refusal.failure().code(),
                    refusal.failure().sentence(tenant.locale(), refusal.details()), refusal.data());
        } catch (InvalidRequestException e) {
            return invalid(context, e.field(), e.getMessage());
        } catch (InvalidValueException e) {
            return invalid(context, "arguments", e.getMessage());
        } catch (PlanLimitExceededException e) {
            return AgentResult.failed(AgentFailure.PLAN_LIMIT_REACHED.code(),
                    AgentFailure.PLAN_LIMIT_REACHED.sentence(tenant.locale()), Map.of());
        }
    }

    private AgentResult run(AgentContext context) {
        String tool = context.call().tool() == null ? "" : context.call().tool();
        return switch (tool) {
            case AgentToolCatalog.LIST_SERVICES -> offers.listServices(context);
            case AgentToolCatalog.FIND_OFFERS -> offers.findOffers(context);
            case AgentToolCatalog.EXPLAIN_TIME -> offers.explainTime(context);
            case AgentToolCatalog.HOLD_OFFER -> bookings.holdOffer(context);
            case AgentToolCatalog.BOOK -> bookings.book(context);
            case AgentToolCatalog.FIND_MY_BOOKINGS -> bookings.findMyBookings(context);
            case AgentToolCatalog.CANCEL_BOOKING -> bookings.cancel(context);
            case AgentToolCatalog.RESCHEDULE_BOOKING -> bookings.reschedule(context);
            default -> throw new AgentRefusal(AgentFailure.UNKNOWN_TOOL, Map.of("tools",
                    AgentToolCatalog.TOOLS.stream().map(AgentTool::name).toList()));
        };
    }

    private static AgentResult invalid(AgentContext context, String field, String message) {
        return AgentResult.failed(AgentFailure.INVALID_ARGUMENT.code(),
                AgentFailure.INVALID_ARGUMENT.sentence(context.language(), field),
                Map.of("field", field, "detail", message == null ? field : message));
    }
}
