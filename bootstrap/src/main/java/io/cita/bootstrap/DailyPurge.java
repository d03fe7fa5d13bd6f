package io.cita.bootstrap;

import io.cita.application.port.in.PurgeExpiredRecordsUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Purges expired records every {@code cita.purge.every} (a day), first {@code cita.purge.initial-delay} after start;
 * every instance schedules it and the store lets one of them do it.
 */
@Singleton
@Requires(property = "cita.purge.enabled", notEquals = "false")
public class DailyPurge {
    private static final Logger LOG = LoggerFactory.getLogger(DailyPurge.class);
    private final PurgeExpiredRecordsUseCase purge;

    public DailyPurge(PurgeExpiredRecordsUseCase purge) {
        this.purge = purge;
    }

    @Scheduled(fixedDelay = "${cita.purge.every:24h}", initialDelay = "${cita.purge.initial-delay:10m}")
    void run() {
        try {
            long removed = purge.purgeExpired();
            LOG.info("Purged {} expired records", removed);
        } catch (RuntimeException e) {
            LOG.warn("Purging expired records failed; trying again at the next run", e);
        }
    }
}
