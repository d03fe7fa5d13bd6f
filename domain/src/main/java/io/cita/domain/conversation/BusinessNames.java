package io.cita.domain.conversation;

import io.cita.domain.shared.EditDistance;
import io.cita.domain.tenant.Tenant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the business a customer means by a name they typed ("which business?"): the operating candidate whose
 * normalized name or slug is nearest in edits, if within a third of its length. Stores narrow the candidates with an
 * index on the {@link #keys} of each business, so a message costs the same whatever the number of tenants.
 */
public final class BusinessNames {
    /** How many leading letters of a word make an index key. */
    public static final int KEY_LENGTH = 3;

    private BusinessNames() {
    }

    /** The nearest candidate to {@code typed}, if near enough; text shorter than three letters names nobody. */
    public static Optional<Tenant> closest(String typed, List<Tenant> candidates) {
        String text = ChatInput.normalize(typed);
        if (text.length() < KEY_LENGTH) {
            return Optional.empty();
        }
        Tenant best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Tenant tenant : candidates) {
            if (!tenant.status().operating()) {
                continue;
            }
            for (String candidate : List.of(ChatInput.normalize(tenant.name()), tenant.slug().value())) {
                int distance = EditDistance.between(text, candidate);
                if (distance < bestDistance && distance <= Math.max(1, candidate.length() / 3)) {
                    best = tenant;
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The index keys of a business: the first three letters of each word of its normalized name and its slug. */
    public static Set<String> keys(String name, String slug) {
        Set<String> keys = new LinkedHashSet<>(keysOf(name));
        keys.addAll(keysOf(slug));
        return keys;
    }

    /** The keys to look up for what a customer typed: the first three letters of each word. */
    public static Set<String> keysOf(String text) {
        Set<String> keys = new LinkedHashSet<>();
        for (String word : ChatInput.normalize(text).split("[\\s-]+")) {
            if (word.length() >= KEY_LENGTH) {
                keys.add(word.substring(0, KEY_LENGTH));
            }
        }
        return keys;
    }
}
