package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.AuthJson;
import io.cita.adapters.rest.dto.TenantJson;
import io.cita.adapters.rest.security.AccessTokens;
import io.cita.application.port.in.LogInUseCase;
import io.cita.application.port.in.SignUpUseCase;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;

/** Signing up a business and logging in. */
@Consumes(MediaType.APPLICATION_JSON)
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

    @Post("/signup")
    public HttpResponse<AuthJson.SignupResponse> signUp(@Body TenantJson.SignupRequest request) {
        SignUpUseCase.SignUpResult result = signUp.signUp(request.toCommand());
        return HttpResponse.created(new AuthJson.SignupResponse(TenantJson.Response.from(result.tenant()),
                tokens.issue(result.ownerUserId()), "Bearer", tokens.lifetimeSeconds()));
    }

    @Post("/auth/login")
    public AuthJson.LoginResponse logIn(@Body AuthJson.LoginRequest request) {
        LogInUseCase.LoginResult result = logIn.logIn(request.email(), request.password());
        return new AuthJson.LoginResponse(tokens.issue(result.userId()), "Bearer", tokens.lifetimeSeconds(),
                result.memberships().stream()
                        .map(m -> new AuthJson.MembershipJson(m.tenantId(), m.role().name())).toList());
    }
}
