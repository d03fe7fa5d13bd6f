package io.cita.domain.access;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The role × permission matrix (docs/security.md), the one place that says who may do what. Staff may book only on
 * the resources linked to them; members only read.
 */
public final class AccessMatrix {
    private static final Map<Role, Set<Permission>> GRANTS = new EnumMap<>(Role.class);

    static {
        GRANTS.put(Role.OWNER, EnumSet.allOf(Permission.class));
        GRANTS.put(Role.ADMIN, EnumSet.complementOf(EnumSet.of(Permission.MANAGE_BILLING)));
        GRANTS.put(Role.MANAGER, EnumSet.of(Permission.READ, Permission.BOOK, Permission.MANAGE_CATALOG,
                Permission.OVERRIDE_CANCELLATION));
        GRANTS.put(Role.STAFF, EnumSet.of(Permission.READ, Permission.BOOK));
        GRANTS.put(Role.MEMBER, EnumSet.of(Permission.READ));
    }

    private AccessMatrix() {
    }

    public static boolean allows(Role role, Permission permission) {
        return role != null && GRANTS.get(role).contains(permission);
    }

    public static Set<Permission> grantsOf(Role role) {
        return EnumSet.copyOf(GRANTS.get(role));
    }

    /** Owners and admins may add anyone but an owner; nobody may grant a role above their own. */
    public static boolean mayAssign(Role assigner, Role assigned) {
        return allows(assigner, Permission.MANAGE_MEMBERS) && assigned != Role.OWNER
                && assigned.ordinal() >= assigner.ordinal();
    }
}
