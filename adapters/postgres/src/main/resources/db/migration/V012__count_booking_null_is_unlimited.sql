-- The monthly booking limit arrives as the plan's bound, or NULL when the plan is unlimited (the store no longer
-- re-interprets -1; io.cita.domain.plan.Limit decides what a limit means).
CREATE OR REPLACE FUNCTION count_booking(tenant VARCHAR, month VARCHAR, month_limit INTEGER) RETURNS INTEGER
LANGUAGE plpgsql AS $$
DECLARE
    counted INTEGER;
BEGIN
    INSERT INTO tenant_usage (tenant_id, period, bookings_count) VALUES (tenant, month, 1)
    ON CONFLICT (tenant_id, period) DO UPDATE SET bookings_count = tenant_usage.bookings_count + 1
        WHERE month_limit IS NULL OR tenant_usage.bookings_count < month_limit
    RETURNING bookings_count INTO counted;
    IF counted IS NULL OR (month_limit IS NOT NULL AND counted > month_limit) THEN
        RAISE EXCEPTION 'the monthly booking limit of % is reached', month_limit USING ERRCODE = 'CT001';
    END IF;
    RETURN counted;
END $$;
