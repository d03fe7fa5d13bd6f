package io.cita.domain.availability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Groups occupations by resource once, in lists sized up front, so each resource's calendar reads only its own. */
public final class Occupations {
    private Occupations() {
    }

    public static Map<String, List<Occupation>> byResource(List<Occupation> occupations) {
        Map<String, int[]> counts = new HashMap<>();
        for (Occupation occupation : occupations) {
            counts.computeIfAbsent(occupation.resourceId(), key -> new int[1])[0]++;
        }
        Map<String, List<Occupation>> grouped = new HashMap<>(counts.size() * 2);
        Function<String, List<Occupation>> sized = key -> new ArrayList<>(counts.get(key)[0]);
        for (Occupation occupation : occupations) {
            grouped.computeIfAbsent(occupation.resourceId(), sized).add(occupation);
        }
        return grouped;
    }
}
