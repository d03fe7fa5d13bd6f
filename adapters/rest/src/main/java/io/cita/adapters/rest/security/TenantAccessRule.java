package io.cita.adapters.rest.security;

import io.cita.adapters.rest.problem.Problems;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ApiKeysUseCase;
import io.cita.application.port.in.LogInUseCase;
import io.cita.application.port.query.ApiKey;
import io.cita.application.port.query.Membership;
import io.cita.domain.access.AccessMatrix;
import io.cita.domain.access.Permission;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The access matrix of {@code /v1/tenants/**} as Micronaut Security's rule, decided before any controller runs: the
 * caller is a member of the tenant in the path, by an access token Micronaut Security validated whose session is
 * still active (else 401), a member (else 404, so another tenant's existence is not revealed) whose role grants the
 * route's permission (else 403); or a secret API key of that tenant. The member or key becomes the request's
 * {@link Actor}, and the tenant's own rate limit is taken.
 */
@Singleton
public class TenantAccessRule extends PathRule {
    public static final String ACTOR = "cita.actor";
    /** The paths this rule decides. */
    static final String PATHS = "/v1/tenants/";
    /** The tenant with its catalog version, as read with the session and membership (absent for an API key). */
    public static final String TENANT = "cita.tenant";
    /** What a secret API key may do: a manager's permissions. */
    /** Cita's ids (ten_...) and the plain ids of tenants migrated from seed 000's tables (DERMASKIN). */
    private static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private final LogInUseCase members;
    private final ApiKeysUseCase apiKeys;
    private final RateLimits limits;

    public TenantAccessRule(LogInUseCase members, ApiKeysUseCase apiKeys, RateLimits limits, BlockingRules blocking) {
        super(PATHS, blocking);
        this.members = members;
        this.apiKeys = apiKeys;
        this.limits = limits;
    }

    /** Why the request may not go on, if it may not; otherwise its actor and tenant are set. */
    @Override
    Optional<? extends MutableHttpResponse<?>> refusal(HttpRequest<?> request, Authentication authentication) {
        String tenantId = TenantPathSegment.of(request);
        Optional<String> bearer = BearerTokens.raw(request);
        if (bearer.isPresent() && bearer.get().startsWith(ApiKey.Kind.SECRET.marker())) {
            return refusalOfSecretKey(request, bearer.get(), tenantId);
        }
        Optional<AccessTokens.Claims> claims = AccessTokens.Claims.of(authentication);
        if (claims.isEmpty()) {
            return Optional.of(BearerTokens.unauthorized(request));
        }
        String sessionId = claims.get().sessionId();
        // the session and the membership in one read; an id no tenant can have needs only the session
        LogInUseCase.TenantAccess access = TENANT_ID.matcher(tenantId).matches()
                ? members.tenantAccess(sessionId, tenantId, claims.get().userId())
                : new LogInUseCase.TenantAccess(members.sessionActive(sessionId), Optional.empty(), Optional.empty());
        if (!access.sessionActive()) {
            return Optional.of(BearerTokens.unauthorized(request));
        }
        Optional<Membership> membership = access.membership();
        if (membership.isEmpty()) {
            return Optional.of(Problems.response(Problems.notFound("No such tenant")));
        }
        Permission required = RoutePermissions.required(request);
        if (!AccessMatrix.allows(membership.get().role(), required)) {
            return Optional.of(Problems.response(Problems.forbidden("Your role " + membership.get().role()
                    + " may not do this (" + required + ")")));
        }
        request.setAttribute(ACTOR, new Actor(Actor.Kind.USER, claims.get().userId(), membership.get().role(),
                membership.get().resourceId(), ClientAddress.of(request),
                request.getHeaders().get(HttpHeaders.USER_AGENT)));
        access.tenant().ifPresent(tenant -> request.setAttribute(TENANT, tenant));
        return limits.tenant(request, tenantId);
    }

    /** A secret key acts for its own tenant only, with a manager's permissions (it cannot mint keys or members). */
    private Optional<? extends MutableHttpResponse<?>> refusalOfSecretKey(HttpRequest<?> request, String plaintext,
                                                                   String pathTenant) {
        Optional<ApiKey> key = SecretKeys.authenticate(apiKeys, plaintext);
        if (key.isEmpty()) {
            return Optional.of(BearerTokens.unauthorized(request));
        }
        if (!key.get().tenantId().equals(pathTenant)) {
            return Optional.of(Problems.response(Problems.notFound("No such tenant")));
        }
        Permission required = RoutePermissions.required(request);
        if (!AccessMatrix.allows(SecretKeys.ROLE, required)) {
            return Optional.of(Problems.response(Problems.forbidden("An API key may not do this (" + required + ")")));
        }
        request.setAttribute(ACTOR, SecretKeys.actor(key.get(), request));
        return SecretKeys.count(limits, request, key.get());
    }
}
