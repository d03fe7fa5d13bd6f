package io.cita.domain.feedback;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a business's requests for feedback came to: how many were asked, how many answered with a rating, the
 * ratings' distribution and average, the share of happy ratings (at or above the threshold), how many opened the
 * review link; in all, per staff member's resource and per month (in the business's zone).
 */
public record FeedbackStats(Figures total, Map<String, Figures> byResource, Map<YearMonth, Figures> byMonth) {
    /** The figures of one group of requests (ratings: how many of each, 1 to 5); shares are null with nobody rated. */
    public record Figures(long requests, long responses, Double responseRate, List<Long> ratings, Double average,
                          Double happyShare, long reviewClicks) {
    }

    /** The figures of {@code requests}, a rating of {@code happyThreshold} or more being happy. */
    public static FeedbackStats of(Collection<FeedbackRequest> requests, int happyThreshold, ZoneId zone) {
        Map<String, List<FeedbackRequest>> byResource = new TreeMap<>();
        Map<YearMonth, List<FeedbackRequest>> byMonth = new TreeMap<>();
        for (FeedbackRequest request : requests) {
            String resource = request.resourceId() == null ? "none" : request.resourceId();
            byResource.computeIfAbsent(resource, key -> new ArrayList<>()).add(request);
            byMonth.computeIfAbsent(YearMonth.from(request.askedAt().atZone(zone)), key -> new ArrayList<>())
                    .add(request);
        }
        Map<String, Figures> resources = new TreeMap<>();
        byResource.forEach((resource, group) -> resources.put(resource, figures(group, happyThreshold)));
        Map<YearMonth, Figures> months = new TreeMap<>();
        byMonth.forEach((month, group) -> months.put(month, figures(group, happyThreshold)));
        return new FeedbackStats(figures(requests, happyThreshold), resources, months);
    }

    private static Figures figures(Collection<FeedbackRequest> group, int happyThreshold) {
        long[] ratings = new long[5];
        long responses = 0;
        long sum = 0;
        long happy = 0;
        long clicks = 0;
        for (FeedbackRequest request : group) {
            if (request.rating() != null && request.status().rated()) {
                responses++;
                ratings[request.rating() - 1]++;
                sum += request.rating();
                happy += request.rating() >= happyThreshold ? 1 : 0;
            }
            clicks += request.reviewClickedAt() == null ? 0 : 1;
        }
        Double rate = group.isEmpty() ? null : (double) responses / group.size();
        Double average = responses == 0 ? null : (double) sum / responses;
        Double happyShare = responses == 0 ? null : (double) happy / responses;
        return new Figures(group.size(), responses, rate, Arrays.stream(ratings).boxed().toList(), average,
                happyShare, clicks);
    }
}
