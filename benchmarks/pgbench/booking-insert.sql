-- The rows booking create writes, as one transaction: the appointment, its occupation row (checked by the exclusion
-- constraint appointment_resources_no_overlap), the month's usage counter under the plan's limit (one row per tenant
-- and month, so concurrent bookings queue on its row lock, as the service's do), its outbox event and its audit entry
-- (the booking as JSON, as the service writes it in the same transaction). Each transaction takes the next 15-minute slot
-- from a sequence, in 2031 so it never meets the HTTP run's bookings. :tenant, :service, :resource and :client come
-- from the HTTP run (pgbench -D); the script runs with -M prepared, as the service's JDBC statements do.
-- (A ":" right before a word inside a string literal would be taken for a pgbench variable: hence ": null".)
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
INSERT INTO audit_logs (id, tenant_id, action, table_name, record_id, actor_type, actor_id, timestamp, ip_address,
    user_agent, old_values, new_values)
VALUES ('aud_pgb_' || :slot::text, :tenant::text, 'booking.created', 'booking', 'apt_pgb_' || :slot::text, 'user',
    'usr_pgbench', now(), CAST('127.0.0.1' AS inet), NULL, NULL, CAST('{"id":"apt_pgb_' || :slot::text
    || '","tenantId":"' || :tenant::text || '","reference":"PGB' || :slot::text || '","serviceId":"'
    || :service::text || '","resourceIds":["' || :resource::text || '"],"clientId":"' || :client::text
    || '","time":{"start":"2031-01-01T00:00:00Z","end":"2031-01-01T00:15:00Z"},"occupied":{"start":'
    || '"2031-01-01T00:00:00Z","end":"2031-01-01T00:15:00Z"},"seats":1,"status":"CONFIRMED","channel":"API",'
    || '"price":{"amount":1000,"currency":"EUR"},"notes": null,"cancellationReason": null,"version":1,'
    || '"createdAt":"2026-11-22T10:00:00Z","updatedAt":"2026-11-22T10:00:00Z"}' AS jsonb));
COMMIT;
