package io.cita.domain.availability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Groups occupations by resource once, so each resource's calendar reads only its own. */
public final class Occupations {
    private Occupations() {
    }

    public static Map<String, List<Occupation>> byResource(List<Occupation> occupations) {
        Map<String, List<Occupation>> grouped = new HashMap<>();
        for (Occupation occupation : occupations) {
            grouped.computeIfAbsent(occupation.resourceId(), key -> new ArrayList<>()).add(occupation);
        }
        return grouped;
    }
}
