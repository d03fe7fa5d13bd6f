package io.cita.application.service;

import io.cita.application.error.InvalidRequestException;
import io.cita.application.error.NotFoundException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ApiKeysUseCase;
import io.cita.application.port.out.ApiKeys;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.SecretTokens;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.query.ApiKey;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.shared.IdPrefix;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Issues keys of the form {@code sk_live_<12 characters>_<secret>}: the part before the secret is the stored prefix
 * that finds the key, the whole text is hashed. Use is recorded at most once a minute per key.
 */
public class ApiKeyService implements ApiKeysUseCase {
    private static final int PREFIX_CHARACTERS = 12;
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private final ApiKeys keys;
    private final SecretTokens secrets;
    private final IdGenerator ids;
    private final ClockPort clock;
    private final Lookups lookups;
    private final AuditTrail audit;

    public ApiKeyService(ApiKeys keys, Tenants tenants, SecretTokens secrets, IdGenerator ids, ClockPort clock,
                         AuditTrail audit) {
        this.audit = audit;
        this.keys = keys;
        this.secrets = secrets;
        this.ids = ids;
        this.clock = clock;
        this.lookups = new Lookups(tenants, null);
    }

    @Override
    public CreatedKey create(String tenantId, ApiKey.Kind kind, String name, List<String> allowedOrigins, Actor actor) {
        lookups.tenant(tenantId);
        List<String> origins = allowedOrigins == null ? List.of() : allowedOrigins;
        if (origins.size() > 20) {
            throw new InvalidRequestException("allowedOrigins", "at most 20 origins");
        }
        for (int i = 0; i < origins.size(); i++) {
            if (!isOrigin(origins.get(i))) {
                throw new InvalidRequestException("allowedOrigins." + i, "must be an origin such as https://example.com");
            }
        }
        if (kind == ApiKey.Kind.PUBLISHABLE && origins.isEmpty()) {
            throw new InvalidRequestException("allowedOrigins", "a publishable key needs at least one origin");
        }
        String prefix = kind.marker() + secrets.newSecret().replace("-", "x").replace("_", "y")
                .substring(0, PREFIX_CHARACTERS);
        String plaintext = prefix + "_" + secrets.newSecret();
        ApiKey key = new ApiKey(ids.newId(IdPrefix.API_KEY), tenantId, kind, name, prefix, secrets.hash(plaintext),
                origins, true, clock.now(), null);
        keys.create(key,
                audit.pending(tenantId, actor, "api-key.created", "api-key", key.id(), null, withoutHash(key)));
        return new CreatedKey(key, plaintext);
    }

    /** What the audit log may keep of a key: everything but its hash. */
    private static ApiKey withoutHash(ApiKey key) {
        return new ApiKey(key.id(), key.tenantId(), key.kind(), key.name(), key.prefix(), null, key.allowedOrigins(),
                key.active(), key.createdAt(), key.lastUsedAt());
    }

    private static boolean isOrigin(String value) {
        try {
            URI uri = URI.create(value);
            return (uri.getScheme().equals("https") || uri.getScheme().equals("http")) && uri.getHost() != null
                    && (uri.getPath() == null || uri.getPath().isEmpty()) && uri.getQuery() == null;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    @Override
    public Page<ApiKey> list(String tenantId, PageRequest page) {
        lookups.tenant(tenantId);
        return keys.list(tenantId, page);
    }

    @Override
    public void revoke(String tenantId, String keyId, Actor actor) {
        if (!keys.revoke(tenantId, keyId,
                audit.pending(tenantId, actor, "api-key.revoked", "api-key", keyId, keyId, null))) {
            throw new NotFoundException("api key", keyId);
        }
    }

    @Override
    public Optional<ApiKey> authenticate(String plaintext) {
        if (plaintext == null || plaintext.length() > 200) {
            return Optional.empty();
        }
        int separator = plaintext.indexOf('_', "sk_live_".length());
        if (separator < 0 || !(plaintext.startsWith("sk_live_") || plaintext.startsWith("pk_live_"))) {
            return Optional.empty();
        }
        Optional<ApiKey> key = keys.findByPrefix(plaintext.substring(0, separator)).stream()
                .filter(candidate -> candidate.active() && secrets.matches(plaintext, candidate.hash()))
                .findFirst();
        Instant now = clock.now();
        key.filter(found -> found.lastUsedAt() == null || found.lastUsedAt().plus(TOUCH_EVERY).isBefore(now))
                .ifPresent(found -> keys.touch(found.tenantId(), found.id(), now));
        return key;
    }
}
