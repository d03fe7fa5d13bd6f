package io.cita.application.port.out;

import io.cita.application.port.query.ApiKey;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outgoing persistence port for API keys. */
public interface ApiKeys {
    /** Stores a new key with its audit entry (null: none) in the same atomic step. */
    void create(ApiKey key, AuditRecord audit);

    /** Every key (active or revoked) whose prefix is this one; prefixes are random, so normally one. */
    List<ApiKey> findByPrefix(String prefix);

    Optional<ApiKey> find(String tenantId, String keyId);

    Page<ApiKey> list(String tenantId, PageRequest page);

    /** Revokes a key with its audit entry; false (and no entry) when the tenant has no such key. */
    boolean revoke(String tenantId, String keyId, AuditRecord audit);

    void touch(String tenantId, String keyId, Instant at);
}
