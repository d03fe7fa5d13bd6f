package io.cita.adapters.rest.dto;

import io.cita.application.port.in.AddMemberCommand;
import io.cita.application.port.query.Member;
import io.cita.domain.access.Role;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** The JSON shapes of a tenant's members. */
public final class MemberJson {
    private MemberJson() {
    }

    /** POST .../members. */
    @Introspected
    public record AddRequest(@Nullable String email, @Nullable String firstName, @Nullable String lastName,
                             @Nullable String role, @Nullable String resourceId, @Nullable String password) {
        public AddMemberCommand toCommand() {
            return new AddMemberCommand(Fields.email("email", Fields.required("email", email)), firstName, lastName,
                    Fields.required("role", Fields.enumValue("role", Role.class, role)), resourceId, password);
        }
    }

    /** PATCH .../members/{userId}. */
    @Introspected
    public record UpdateRequest(@Nullable String role, @Nullable String resourceId) {
        public Role roleOrNull() {
            return Fields.enumValue("role", Role.class, role);
        }
    }

    /** A member as the API shows it; a generated password appears once, in the answer that created the account. */
    public record Response(String userId, String email, String firstName, String lastName, String role,
                           String resourceId, String temporaryPassword) {
        public static Response from(Member member, String temporaryPassword) {
            return new Response(member.membership().userId(), member.user().email().value(), member.user().firstName(),
                    member.user().lastName(), member.membership().role().name(), member.membership().resourceId(),
                    temporaryPassword);
        }
    }
}
