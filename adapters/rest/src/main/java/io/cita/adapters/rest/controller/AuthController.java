package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.AuthJson;
import io.cita.adapters.rest.dto.Fields;
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
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
     * Signs up a new business with its owner. The tenant starts on the FREE plan, on trial. Where Cita sends e-mail,
     * the answer is 202 for every address and a confirmation link is e-mailed to the owner
     * ({@code POST /v1/signup/confirm}); without a mail server the business is created at once and the answer (201)
     * carries the owner's tokens.
     */
    @ConflictProblems
    @Operation(operationId = "signUp")
    @ApiResponse(responseCode = "201", description = "Created at once (no mail server): the owner's tokens",
            content = @Content(schema = @Schema(implementation = AuthJson.SignupResponse.class)))
    @ApiResponse(responseCode = "202", description = "A confirmation link was e-mailed to the owner's address",
            content = @Content(schema = @Schema(implementation = AuthJson.SignupPending.class)))
    @RateLimited(AddressPolicy.SIGNUP)
    @Post("/signup")
    public HttpResponse<?> signUp(HttpRequest<?> request, @Body TenantJson.SignupRequest body) {
        SignUpCommand command = body.toCommand();
        Optional<SignUpUseCase.SignUpResult> result = signUp.signUp(command);
        if (result.isEmpty()) {
            return HttpResponse.accepted().body(new AuthJson.SignupPending("confirmation-sent",
                    command.ownerEmail().value()));
        }
        LogInUseCase.LoginResult session = logIn.logIn(command.ownerEmail().value(), command.ownerPassword(),
                ClientAddress.of(request), request.getHeaders().get(HttpHeaders.USER_AGENT));
        return HttpResponse.created(new AuthJson.SignupResponse(TenantJson.Response.from(result.get().tenant()),
                tokens.issue(session.userId(), session.sessionId()), "Bearer", tokens.lifetimeSeconds(),
                session.refreshToken()));
    }

    /**
     * Confirms a sign-up with the token of its e-mailed link and creates the business; the owner then logs in. A
     * token works once (a second use is 409 naming {@code token}) until it expires; unknown or expired ones are 404.
     */
    @ConflictProblems
    @Operation(operationId = "confirmSignUp")
    @ApiResponse(responseCode = "201", description = "The new business",
            content = @Content(schema = @Schema(implementation = TenantJson.Response.class)))
    @RateLimited(AddressPolicy.LOGIN)
    @Post("/signup/confirm")
    public HttpResponse<TenantJson.Response> confirmSignUp(@Body AuthJson.ConfirmRequest body) {
        return HttpResponse.created(TenantJson.Response.from(signUp.confirm(Fields.required("token",
                body.token())).tenant()));
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
    public HttpResponse<Void> logOut(@Nullable Authentication authentication) {
        AccessTokens.Claims.of(authentication).ifPresent(found -> logIn.logOut(found.sessionId()));
        return HttpResponse.noContent();
    }

    private AuthJson.LoginResponse respond(LogInUseCase.LoginResult result) {
        return new AuthJson.LoginResponse(tokens.issue(result.userId(), result.sessionId()), "Bearer",
                tokens.lifetimeSeconds(), result.refreshToken(), result.memberships().stream()
                .map(m -> new AuthJson.MembershipJson(m.tenantId(), m.role().name())).toList());
    }
}
