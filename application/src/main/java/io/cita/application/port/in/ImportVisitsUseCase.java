package io.cita.application.port.in;

import java.util.List;

/** Incoming port of the import of past visits (seed 003's CSV), whose consenting clients are asked for feedback. */
public interface ImportVisitsUseCase {
    /** Most rows one import takes. */
    int MOST_ROWS = 10_000;

    /** One row as written: its line in the file and its fields as text (null when the column is empty). */
    record Row(int line, String name, String phone, String email, String visitedAt, String consent) {
    }

    /** Whether a row was imported, or refused for a reason naming its column. */
    enum Status { IMPORTED, REFUSED }

    /**
     * What became of one row: refused (the column and why), or imported with its client (created or found by phone)
     * and whether the client is asked for feedback (and why not).
     */
    record Outcome(int line, Status status, String field, String reason, String clientId, boolean clientCreated,
                   boolean asked, String notAskedBecause) {
    }

    /** The rows' outcomes in order, with the counts. */
    record Report(int rows, int imported, int refused, int asked, List<Outcome> outcomes) {
    }

    /**
     * Imports {@code rows} for the business, each on its own: a refused row leaves nothing behind, and importing the
     * same file again creates no client and asks nobody a second time.
     */
    Report importVisits(String tenantId, List<Row> rows, Actor actor);
}
