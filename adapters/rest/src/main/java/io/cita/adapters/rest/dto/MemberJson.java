package io.cita.adapters.rest.dto;

import io.cita.application.port.in.AcceptInvitationUseCase;
import io.cita.application.port.in.AddMemberCommand;
import io.cita.application.port.query.Member;
import io.cita.domain.access.Invitation;
import io.cita.domain.access.Role;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** The JSON shapes of a tenant's members. */
public final class MemberJson {
    private MemberJson() {
    }

    /** POST .../members: whom to invite, in which role, and the name to greet them by. */
    @Introspected
    public record AddRequest(@Nullable String email, @Nullable String firstName, @Nullable String lastName,
                             @Nullable String role, @Nullable String resourceId) {
        public AddMemberCommand toCommand() {
            return new AddMemberCommand(Fields.email("email", Fields.required("email", email)), firstName, lastName,
                    Fields.required("role", Fields.enumValue("role", Role.class, role)), resourceId);
        }
    }

    /** The invitation sent: the same answer whether or not the address has an account. */
    public record Invited(String invitationId, String email, String role, String resourceId, String expiresAt) {
        public static Invited from(Invitation invitation) {
            return new Invited(invitation.id(), invitation.email().value(), invitation.role().name(),
                    invitation.resourceId(), invitation.expiresAt().toString());
        }
    }

    /** POST /v1/invitations/accept: the token from the e-mail, and the password (and name of a new account). */
    @Introspected
    public record AcceptRequest(@Nullable String token, @Nullable String password, @Nullable String firstName,
                                @Nullable String lastName) {
        public AcceptInvitationUseCase.AcceptInvitationCommand toCommand() {
            return new AcceptInvitationUseCase.AcceptInvitationCommand(Fields.required("token", token), password,
                    firstName, lastName);
        }
    }

    /** The membership an accepted invitation made. */
    public record Joined(String tenantId, String userId, String email, String role, String resourceId) {
        public static Joined from(Member member) {
            return new Joined(member.membership().tenantId(), member.membership().userId(),
                    member.user().email().value(), member.membership().role().name(),
                    member.membership().resourceId());
        }
    }

    /** PATCH .../members/{userId}. */
    @Introspected
    public record UpdateRequest(@Nullable String role, @Nullable String resourceId) {
        public Role roleOrNull() {
            return Fields.enumValue("role", Role.class, role);
        }
    }

    /** A member as the API shows it. */
    public record Response(String userId, String email, String firstName, String lastName, String role,
                           String resourceId) {
        public static Response from(Member member) {
            return new Response(member.membership().userId(), member.user().email().value(), member.user().firstName(),
                    member.user().lastName(), member.membership().role().name(), member.membership().resourceId());
        }
    }
}
