package io.cita.application.port.in;

/** The daily clean-up of records that have outlived their use; returns how many were removed by this instance. */
public interface PurgeExpiredRecordsUseCase {
    long purgeExpired();
}
