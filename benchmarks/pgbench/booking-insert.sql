-- The rows booking create writes, as one transaction: the appointment, its occupation row (checked by the exclusion
-- constraint appointment_resources_no_overlap), the month's usage counter under the plan's limit (one row per tenant
-- and month, so concurrent bookings queue on its row lock, as the service's do) and its outbox event. Each transaction takes the next 15-minute slot
-- from a sequence, in 2031 so it never meets the HTTP run's bookings. :tenant, :service, :resource and :client come
-- from the HTTP run (pgbench -D); the script runs with -M prepared, as the service's JDBC statements do.
BEGIN;
SELECT nextval('pgbench_booking_slot') AS slot \gset
INSERT INTO appointments (id, tenant_id, service_id, client_id, resource_ids, booking_reference, scheduled_start,
    scheduled_end, occupied_start, occupied_end, seats, status, booking_method, quoted_price_minor, price_currency,
    client_notes, created_at, updated_at, version)
VALUES ('apt_pgb_' || :slot::text, :tenant::text, :service::text, :client::text, ARRAY[:resource::text], 'PGB' || :slot::text,
    TIMESTAMPTZ '2031-01-01 00:00Z' + :slot::int * INTERVAL '15 minutes',
    TIMESTAMPTZ '2031-01-01 00:15Z' + :slot::int * INTERVAL '15 minutes',
    TIMESTAMPTZ '2031-01-01 00:00Z' + :slot::int * INTERVAL '15 minutes',
    TIMESTAMPTZ '2031-01-01 00:15Z' + :slot::int * INTERVAL '15 minutes',
    1, 'confirmed', 'api', 1000, 'EUR', NULL, now(), now(), 1);
INSERT INTO appointment_resources (tenant_id, appointment_id, hold_id, resource_id, service_id, booking_start,
    allocated, session_key, seats, expires_at)
VALUES (:tenant::text, 'apt_pgb_' || :slot::text, NULL, :resource::text, :service::text,
    TIMESTAMPTZ '2031-01-01 00:00Z' + :slot::int * INTERVAL '15 minutes',
    tstzrange(TIMESTAMPTZ '2031-01-01 00:00Z' + :slot::int * INTERVAL '15 minutes',
              TIMESTAMPTZ '2031-01-01 00:15Z' + :slot::int * INTERVAL '15 minutes', '[)'),
    'apt_pgb_' || :slot::text, 1, NULL);
INSERT INTO tenant_usage (tenant_id, period, bookings_count) VALUES (:tenant::text, '2031-01', 1)
ON CONFLICT (tenant_id, period) DO UPDATE SET bookings_count = tenant_usage.bookings_count + 1
WHERE tenant_usage.bookings_count < 1000000000 RETURNING bookings_count;
INSERT INTO appointment_events (tenant_id, appointment_id, event_type, status, occurred_at)
VALUES (:tenant::text, 'apt_pgb_' || :slot::text, 'created', 'confirmed', now());
COMMIT;
