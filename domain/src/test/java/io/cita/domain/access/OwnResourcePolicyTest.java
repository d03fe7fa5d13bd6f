package io.cita.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Staff act on their own resource only; everyone else on any. */
class OwnResourcePolicyTest {

    @Test
    void staffAlwaysGetTheirOwnResource_andNothingWhenTheyAskForAnotherOrHaveNone() {
        assertThat(OwnResourcePolicy.resourcesFor(Role.STAFF, "res_me", null)).contains(List.of("res_me"));
        assertThat(OwnResourcePolicy.resourcesFor(Role.STAFF, "res_me", List.of("res_me"))).contains(List.of("res_me"));
        assertThat(OwnResourcePolicy.resourcesFor(Role.STAFF, "res_me", List.of("res_other"))).isEmpty();
        assertThat(OwnResourcePolicy.resourcesFor(Role.STAFF, "res_me", List.of("res_me", "res_room"))).isEmpty();
        assertThat(OwnResourcePolicy.resourcesFor(Role.STAFF, null, null)).isEmpty();
    }

    @Test
    void otherRolesGetWhatTheyAsked() {
        for (Role role : List.of(Role.OWNER, Role.ADMIN, Role.MANAGER)) {
            assertThat(OwnResourcePolicy.resourcesFor(role, null, List.of("res_x"))).contains(List.of("res_x"));
            assertThat(OwnResourcePolicy.resourcesFor(role, "res_me", null)).contains(List.of());
        }
    }

    @Test
    void staffSeeOnlyBookingsOnTheirResource() {
        assertThat(OwnResourcePolicy.sees(Role.STAFF, "res_me", List.of("res_me", "res_room"))).isTrue();
        assertThat(OwnResourcePolicy.sees(Role.STAFF, "res_me", List.of("res_other"))).isFalse();
        assertThat(OwnResourcePolicy.sees(Role.STAFF, null, List.of("res_other"))).isFalse();
        assertThat(OwnResourcePolicy.sees(Role.MANAGER, null, List.of("res_other"))).isTrue();
    }
}
