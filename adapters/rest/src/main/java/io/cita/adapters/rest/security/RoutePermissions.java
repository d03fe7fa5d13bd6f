package io.cita.adapters.rest.security;

import io.cita.domain.access.Permission;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The permission each tenant route needs, in one table (docs/security.md): reads need READ unless listed, writes
 * need the permission of the area they change; a route not listed needs MANAGE_TENANT, the strictest default.
 */
final class RoutePermissions {
    private record Rule(boolean write, Pattern path, Permission permission) {
    }

    private static final String TENANT = "^/v1/tenants/[^/]+";
    private static final List<Rule> RULES = List.of(
            new Rule(false, Pattern.compile(TENANT + "/audit-log/?$"), Permission.READ_AUDIT_LOG),
            new Rule(false, Pattern.compile(TENANT + "/members(/.*)?$"), Permission.MANAGE_MEMBERS),
            new Rule(false, Pattern.compile(TENANT + "/(voice|billing)(/.*)?$"), Permission.MANAGE_TENANT),
            new Rule(false, Pattern.compile(TENANT + "/(api-keys|webhook-endpoints|deliveries)(/.*)?$"),
                    Permission.MANAGE_API_KEYS),
            new Rule(false, Pattern.compile(TENANT + "(/.*)?$"), Permission.READ),
            new Rule(true, Pattern.compile(TENANT + "/(bookings|holds|clients|feedback)(/.*)?$"),
                    Permission.BOOK),
            new Rule(true, Pattern.compile(TENANT + "/(services|categories|resources)(/.*)?$"), Permission.MANAGE_CATALOG),
            new Rule(true, Pattern.compile(TENANT + "/members(/.*)?$"), Permission.MANAGE_MEMBERS),
            new Rule(true, Pattern.compile(TENANT + "/billing(/.*)?$"), Permission.MANAGE_BILLING),
            new Rule(true, Pattern.compile(TENANT + "/(api-keys|webhook-endpoints|deliveries)(/.*)?$"),
                    Permission.MANAGE_API_KEYS));

    private static final Pattern ONE_CLIENT = Pattern.compile(TENANT + "/clients/[^/]+/?$");

    private RoutePermissions() {
    }

    /** {@link #required(HttpMethod, String)}, except that erasing a client (never undone) needs MANAGE_TENANT. */
    static Permission required(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.DELETE && ONE_CLIENT.matcher(request.getPath()).matches()
                && "true".equalsIgnoreCase(request.getParameters().get("erase"))) {
            return Permission.MANAGE_TENANT;
        }
        return required(request.getMethod(), request.getPath());
    }

    static Permission required(HttpMethod method, String path) {
        boolean write = method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS;
        for (Rule rule : RULES) {
            if (rule.write() == write && rule.path().matcher(path).matches()) {
                return rule.permission();
            }
        }
        return Permission.MANAGE_TENANT;
    }
}
