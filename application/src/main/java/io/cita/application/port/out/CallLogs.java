package io.cita.application.port.out;

import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.voice.CallLog;
import java.time.YearMonth;

/** Outgoing persistence port of the voice assistant's call logs (seed 001's vapi_call_logs). */
public interface CallLogs {
    /**
     * Stores a call once per tenant and call id and, in the same atomic step, adds it and its seconds to the tenant's
     * usage of {@code period}; false, changing nothing, when the call was stored already (a redelivered report).
     */
    boolean record(CallLog log, YearMonth period);

    /** The tenant's calls, newest first. */
    Page<CallLog> list(String tenantId, PageRequest page);
}
