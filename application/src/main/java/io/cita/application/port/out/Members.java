package io.cita.application.port.out;

/** Outgoing persistence port for a tenant's members. */
public interface Members {
    /**
     * Adds a membership if the tenant then has at most {@code limit} members (-1: unlimited), creating
     * {@code newUser} in the same atomic step when it is not null; false when the limit is reached. A user who is
     * already a member, or a new user whose e-mail is taken, conflicts.
     */
    boolean add(Membership membership, UserAccount newUser, int limit);

    Page<Member> list(String tenantId, PageRequest page);

    void update(Membership membership);

    boolean remove(String tenantId, String userId);

    /** A membership with its user. */
    record Member(Membership membership, UserAccount user) {
    }
}
