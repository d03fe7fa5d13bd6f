package io.cita.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outgoing persistence port for API keys. */
public interface ApiKeys {
    void create(ApiKey key);

    /** Every key (active or revoked) whose prefix is this one; prefixes are random, so normally one. */
    List<ApiKey> findByPrefix(String prefix);

    Optional<ApiKey> find(String tenantId, String keyId);

    Page<ApiKey> list(String tenantId, PageRequest page);

    boolean revoke(String tenantId, String keyId);

    void touch(String tenantId, String keyId, Instant at);
}
