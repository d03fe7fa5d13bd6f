package io.cita.application.service;

import io.cita.application.port.in.PurgeExpiredRecordsUseCase;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.ExpiredRecords;

/** Removes expired records at the clock's now; the store decides which instance does it. */
public class HousekeepingService implements PurgeExpiredRecordsUseCase {
    private final ExpiredRecords expired;
    private final ClockPort clock;

    public HousekeepingService(ExpiredRecords expired, ClockPort clock) {
        this.expired = expired;
        this.clock = clock;
    }

    @Override
    public long purgeExpired() {
        return expired.purge(clock.now()).removed();
    }
}
