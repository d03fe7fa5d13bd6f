package io.cita.adapters.dynamodb;

import io.cita.application.port.query.Membership;
import io.cita.application.port.query.UserAccount;
import io.cita.domain.access.Role;
import io.cita.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items of the Users table, in seed 000's conventions: a user (PK USER#id, SK META#USER), its e-mail claim
 * (PK EMAIL#address, SK META#EMAIL) and its memberships (PK USER#id, SK MEMBER#tenantId; GSI1 by tenant).
 */
final class UserItems {
    private UserItems() {
    }

    static Map<String, AttributeValue> user(UserAccount user) {
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key("USER#" + user.id(), "META#USER"));
        item.put("userId", Attrs.s(user.id()));
        item.put("email", Attrs.s(user.email().value()));
        item.put("passwordHash", Attrs.s(user.passwordHash()));
        item.put("firstName", Attrs.s(user.firstName()));
        item.put("lastName", Attrs.s(user.lastName()));
        item.put("active", Attrs.bool(true));
        item.put("createdAt", Attrs.s(Attrs.exact(user.createdAt())));
        return item;
    }

    static Map<String, AttributeValue> emailClaim(UserAccount user) {
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key("EMAIL#" + user.email().value(), "META#EMAIL"));
        item.put("userId", Attrs.s(user.id()));
        return item;
    }

    static Map<String, AttributeValue> membership(String tenantId, String userId, String role, String resourceId,
                                                  Instant at) {
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key("USER#" + userId, "MEMBER#" + tenantId));
        item.put("tenantId", Attrs.s(tenantId));
        item.put("userId", Attrs.s(userId));
        item.put("role", Attrs.s(role));
        Attrs.putIfPresent(item, "resourceId", resourceId);
        item.put("createdAt", Attrs.s(Attrs.exact(at)));
        item.put("GSI1PK", Attrs.s("TENANT#" + tenantId));
        item.put("GSI1SK", Attrs.s("MEMBER#" + userId));
        return item;
    }

    static UserAccount toUser(Map<String, AttributeValue> item) {
        return new UserAccount(Attrs.str(item, "userId"), new EmailAddress(Attrs.str(item, "email")),
                Attrs.str(item, "passwordHash"), Attrs.str(item, "firstName"), Attrs.str(item, "lastName"),
                Attrs.instant(item, "createdAt"));
    }

    static Membership toMembership(Map<String, AttributeValue> item) {
        return new Membership(Attrs.str(item, "tenantId"), Attrs.str(item, "userId"),
                Role.valueOf(Attrs.str(item, "role").toUpperCase(Locale.ROOT)), Attrs.str(item, "resourceId"));
    }
}
