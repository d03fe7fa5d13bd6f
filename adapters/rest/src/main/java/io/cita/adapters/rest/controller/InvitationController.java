package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.MemberJson;
import io.cita.adapters.rest.openapi.CommonProblems;
import io.cita.adapters.rest.openapi.ConflictProblems;
import io.cita.adapters.rest.security.AddressPolicy;
import io.cita.adapters.rest.security.ClientAddress;
import io.cita.adapters.rest.security.RateLimited;
import io.cita.application.port.in.AcceptInvitationUseCase;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Where an invited person accepts, without a login: the e-mailed token is the proof, limited per address. */
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
@CommonProblems
@Controller("/v1/invitations")
public class InvitationController {
    private final AcceptInvitationUseCase invitations;

    public InvitationController(AcceptInvitationUseCase invitations) {
        this.invitations = invitations;
    }

    /**
     * Accepts an invitation with the token from its e-mail: an address with an account gives that account's password
     * (401 otherwise), a new one chooses a password (8-72 characters) and gives a first name unless the invitation
     * named one. An unknown, used or expired token is 404; each token works once.
     */
    @ConflictProblems
    @Operation(operationId = "acceptInvitation")
    @RateLimited(AddressPolicy.LOGIN)
    @Post("/accept")
    public MemberJson.Joined accept(HttpRequest<?> request, @Body MemberJson.AcceptRequest body) {
        return MemberJson.Joined.from(invitations.accept(body.toCommand(), ClientAddress.of(request),
                request.getHeaders().get(HttpHeaders.USER_AGENT)));
    }
}
