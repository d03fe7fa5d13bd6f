package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.AuthJson;
import io.cita.adapters.rest.dto.TenantJson;
import io.cita.adapters.rest.openapi.CommonProblems;
import io.cita.adapters.rest.openapi.ConflictProblems;
import io.cita.adapters.rest.security.AccessTokens;
import io.cita.adapters.rest.security.AddressPolicy;
import io.cita.adapters.rest.security.ClientAddress;
import io.cita.adapters.rest.security.RateLimited;
import io.cita.application.port.in.LogInUseCase;
import io.cita.application.port.in.SignUpCommand;
import io.cita.application.port.in.SignUpUseCase;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

/** Signing up a business, logging in, refreshing the access token and logging out. */
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@CommonProblems
@Controller("/v1")
public class AuthController {
    private final SignUpUseCase signUp;
    private final LogInUseCase logIn;
    private final AccessTokens tokens;

    public AuthController(SignUpUseCase signUp, LogInUseCase logIn, AccessTokens tokens) {
        this.signUp = signUp;
        this.logIn = logIn;
        this.tokens = tokens;
    }

    /**
     * Signs up a new business with its owner. The tenant starts on the FREE plan, on trial; the answer carries the
     * owner's tokens.
     */
    @ConflictProblems
    @Operation(operationId = "signUp")
    @RateLimited(AddressPolicy.SIGNUP)
    @Post("/signup")
    public HttpResponse<AuthJson.SignupResponse> signUp(HttpRequest<?> request, @Body TenantJson.SignupRequest body) {
        SignUpCommand command = body.toCommand();
        SignUpUseCase.SignUpResult result = signUp.signUp(command);
        LogInUseCase.LoginResult session = logIn.logIn(command.ownerEmail().value(), command.ownerPassword(),
                ClientAddress.of(request), request.getHeaders().get(HttpHeaders.USER_AGENT));
        return HttpResponse.created(new AuthJson.SignupResponse(TenantJson.Response.from(result.tenant()),
                tokens.issue(session.userId(), session.sessionId()), "Bearer", tokens.lifetimeSeconds(),
                session.refreshToken()));
    }

    /**
     * Logs in with e-mail and password. Answers an access token, a refresh token and the user's memberships; repeated
     * failures lock the e-mail for a while.
     */
    @Operation(operationId = "logIn")
    @RateLimited(AddressPolicy.LOGIN)
    @Post("/auth/login")
    public AuthJson.LoginResponse logIn(HttpRequest<?> request, @Body AuthJson.LoginRequest body) {
        return respond(logIn.logIn(body.email(), body.password(), ClientAddress.of(request),
                request.getHeaders().get(HttpHeaders.USER_AGENT)));
    }

    /**
     * Exchanges a refresh token for new tokens. The old refresh token is revoked; presenting it again revokes every
     * session of the user.
     */
    @Operation(operationId = "refreshTokens")
    @RateLimited(AddressPolicy.LOGIN)
    @Post("/auth/refresh")
    public AuthJson.LoginResponse refresh(HttpRequest<?> request, @Body AuthJson.RefreshRequest body) {
        return respond(logIn.refresh(body.refreshToken(), ClientAddress.of(request),
                request.getHeaders().get(HttpHeaders.USER_AGENT)));
    }

    /**
     * Logs out. The session of the refresh token is revoked.
     */
    @Operation(operationId = "logOut")
    @Post("/auth/logout")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    public HttpResponse<Void> logOut(HttpRequest<?> request) {
        Optional<AccessTokens.Claims> claims = Optional.ofNullable(request.getHeaders().get(HttpHeaders.AUTHORIZATION))
                .filter(header -> header.regionMatches(true, 0, "Bearer ", 0, 7))
                .flatMap(header -> tokens.verify(header.substring(7).trim()));
        claims.ifPresent(found -> logIn.logOut(found.sessionId()));
        return HttpResponse.noContent();
    }

    private AuthJson.LoginResponse respond(LogInUseCase.LoginResult result) {
        return new AuthJson.LoginResponse(tokens.issue(result.userId(), result.sessionId()), "Bearer",
                tokens.lifetimeSeconds(), result.refreshToken(), result.memberships().stream()
                .map(m -> new AuthJson.MembershipJson(m.tenantId(), m.role().name())).toList());
    }
}
