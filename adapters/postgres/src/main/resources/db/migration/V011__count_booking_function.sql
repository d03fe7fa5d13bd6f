-- Counts a booking in its tenant's month under the plan's limit (-1: unlimited), failing with SQLSTATE CT001 when
-- the limit is reached. Raising instead of returning nothing lets a booking's statements run as one batch in
-- autocommit, which PostgreSQL commits as one implicit transaction: the error aborts the whole batch, so a refused
-- booking leaves nothing behind (PostgresBookings.create, docs/architecture.md).
CREATE FUNCTION count_booking(tenant VARCHAR, month VARCHAR, month_limit INTEGER) RETURNS INTEGER
LANGUAGE plpgsql AS $$
DECLARE
    counted INTEGER;
BEGIN
    INSERT INTO tenant_usage (tenant_id, period, bookings_count) VALUES (tenant, month, 1)
    ON CONFLICT (tenant_id, period) DO UPDATE SET bookings_count = tenant_usage.bookings_count + 1
        WHERE month_limit < 0 OR tenant_usage.bookings_count < month_limit
    RETURNING bookings_count INTO counted;
    IF counted IS NULL OR (month_limit >= 0 AND counted > month_limit) THEN
        RAISE EXCEPTION 'the monthly booking limit of % is reached', month_limit USING ERRCODE = 'CT001';
    END IF;
    RETURN counted;
END $$;
