-- The sweep removes expired holds oldest expiry first (and announces each as hold.expired); without this index it
-- read the whole table, where expired holds used to stay forever.
CREATE INDEX idx_booking_holds_expiry ON booking_holds (expires_at);
