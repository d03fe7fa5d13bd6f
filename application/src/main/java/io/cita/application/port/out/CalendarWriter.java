package io.cita.application.port.out;

import java.time.Instant;
import java.util.List;

/** Outgoing port that writes an iCalendar document (a calendar library does it). */
public interface CalendarWriter {
    /** A feed named {@code name} holding {@code events}, in UTC. */
    String feed(String name, List<Event> events);

    /** One event: a stable uid, a sequence raised with every change, its times, what it is, tentative or not. */
    record Event(String uid, long sequence, Instant start, Instant end, String summary, boolean tentative) {
    }
}
