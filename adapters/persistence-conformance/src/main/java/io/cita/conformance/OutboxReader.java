package io.cita.conformance;

import io.cita.application.port.out.OutboxEvent;
import io.cita.application.port.out.OutboxEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads a test's own events from the outbox every test of a store shares: claims batch after batch, dispatching the
 * other tests' events it meets.
 */
final class OutboxReader {
    static final Duration LEASE = Duration.ofSeconds(30);

    private OutboxReader() {
    }

    /** Claims as {@code owner} until a claim holds events {@code mine} accepts (left claimed), or nothing is left. */
    static List<OutboxEvent> claimUntil(OutboxEvents outbox, String owner, Instant now, Predicate<OutboxEvent> mine) {
        return read(outbox, owner, now, mine, true);
    }

    /** Every pending event {@code mine} accepts, dispatched as they come (so a subject's later ones come too). */
    static List<OutboxEvent> drain(OutboxEvents outbox, Instant now, Predicate<OutboxEvent> mine) {
        return read(outbox, "drain", now, mine, false);
    }

    private static List<OutboxEvent> read(OutboxEvents outbox, String owner, Instant now, Predicate<OutboxEvent> mine,
                                          boolean stopAtFirst) {
        List<OutboxEvent> found = new ArrayList<>();
        for (int round = 0; round < 200 && !(stopAtFirst && !found.isEmpty()); round++) {
            List<OutboxEvent> claimed = outbox.claim(owner, now, LEASE, 100);
            if (claimed.isEmpty()) {
                break;
            }
            for (OutboxEvent event : claimed) {
                boolean ours = mine.test(event);
                if (ours) {
                    found.add(event);
                }
                if (!ours || !stopAtFirst) {
                    outbox.markDispatched(List.of(event), now);
                }
            }
        }
        return found;
    }
}
