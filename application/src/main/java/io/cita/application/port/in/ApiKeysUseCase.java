package io.cita.application.port.in;

import io.cita.application.port.query.ApiKey;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import java.util.List;
import java.util.Optional;

/** Creating, listing, revoking and checking a tenant's API keys. */
public interface ApiKeysUseCase {
    /** The new key and its full text, which is shown this once and never stored. */
    record CreatedKey(ApiKey key, String plaintext) {
    }

    CreatedKey create(String tenantId, ApiKey.Kind kind, String name, List<String> allowedOrigins, Actor actor);

    Page<ApiKey> list(String tenantId, PageRequest page);

    void revoke(String tenantId, String keyId, Actor actor);

    /** The active key this text is, recording its use; empty for anything else. */
    Optional<ApiKey> authenticate(String plaintext);
}
