package io.cita.adapters.dynamodb;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Runs TransactWriteItems and tells which of its items made it fail. */
final class Transactions {
    static final String CONDITION_FAILED = "ConditionalCheckFailed";
    /** How often a write that loses races on slot-lock day items is read and tried again. */
    static final int SLOT_LOCK_ATTEMPTS = 60;

    private Transactions() {
    }

    /** Writes all items or none; returns null on success, else the cancellation reasons in item order. */
    static List<CancellationReason> write(DynamoStore store, List<TransactWriteItem> items) {
        try {
            store.call(() -> store.client().transactWriteItems(TransactWriteItemsRequest.builder()
                    .transactItems(items).build()));
            return null;
        } catch (TransactionCanceledException e) {
            return e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
        }
    }

    /**
     * Writes all items or none, the first of which is conditional (that its item exists, or does not); false, with
     * nothing written, when that condition fails. Any other cancellation is a failure.
     */
    static boolean writeIfFirstConditionHolds(DynamoStore store, List<TransactWriteItem> items) {
        List<CancellationReason> reasons = write(store, items);
        if (reasons == null) {
            return true;
        }
        if (conditionFailed(reasons, 0)) {
            return false;
        }
        throw new IllegalStateException("the transaction was cancelled: " + reasons);
    }

    static boolean conditionFailed(List<CancellationReason> reasons, int index) {
        return index >= 0 && index < reasons.size() && CONDITION_FAILED.equals(reasons.get(index).code());
    }

    /** A short random pause before retrying a transaction that lost a race. */
    static void backOff(int attempt) {
        try {
            Thread.sleep((long) (Math.random() * Math.min(50, 2 + attempt * 3)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", e);
        }
    }

    /**
     * Runs {@code attempt} until it answers: each try reads what it needs and writes one transaction, and returns
     * empty when it lost a race to another writer, after which it is tried again after a short back-off, at most
     * {@code attempts} times.
     */
    static <T> T untilDecided(String what, int attempts, Supplier<Optional<T>> attempt) {
        for (int tried = 0; tried < attempts; tried++) {
            Optional<T> answer = attempt.get();
            if (answer.isPresent()) {
                return answer.get();
            }
            backOff(tried);
        }
        throw new IllegalStateException(what + " kept losing races");
    }
}
