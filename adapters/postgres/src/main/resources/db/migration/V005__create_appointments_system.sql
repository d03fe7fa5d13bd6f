CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE appointments (
    id                  VARCHAR(40) PRIMARY KEY,
    tenant_id           VARCHAR(40) NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    service_id          VARCHAR(40) NOT NULL REFERENCES services(id),
    client_id           VARCHAR(40) NOT NULL REFERENCES clients(id),
    resource_ids        TEXT[] NOT NULL,
    booking_reference   VARCHAR(20) NOT NULL,
    scheduled_start     TIMESTAMPTZ NOT NULL,
    scheduled_end       TIMESTAMPTZ NOT NULL,
    occupied_start      TIMESTAMPTZ NOT NULL,
    occupied_end        TIMESTAMPTZ NOT NULL,
    seats               INTEGER NOT NULL DEFAULT 1,
    status              VARCHAR(20) NOT NULL,
    booking_method      VARCHAR(20) NOT NULL,
    quoted_price_minor  BIGINT NOT NULL,
    price_currency      VARCHAR(3) NOT NULL,
    client_notes        TEXT,
    cancellation_reason TEXT,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT NOT NULL DEFAULT 1,
    CONSTRAINT appointments_reference_unique_per_tenant UNIQUE (tenant_id, booking_reference),
    CONSTRAINT appointments_status_valid CHECK (status IN ('pending', 'confirmed', 'cancelled', 'completed', 'no_show')),
    CONSTRAINT appointments_end_after_start CHECK (scheduled_end > scheduled_start),
    CONSTRAINT appointments_seats_positive CHECK (seats >= 1)
);
CREATE INDEX idx_appointments_tenant_start ON appointments (tenant_id, scheduled_start, id);
CREATE INDEX idx_appointments_client ON appointments (tenant_id, client_id);

CREATE TABLE booking_holds (
    id              VARCHAR(40) PRIMARY KEY,
    tenant_id       VARCHAR(40) NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    service_id      VARCHAR(40) NOT NULL REFERENCES services(id),
    resource_ids    TEXT[] NOT NULL,
    scheduled_start TIMESTAMPTZ NOT NULL,
    scheduled_end   TIMESTAMPTZ NOT NULL,
    occupied_start  TIMESTAMPTZ NOT NULL,
    occupied_end    TIMESTAMPTZ NOT NULL,
    seats           INTEGER NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);

-- What makes double booking impossible: one row per resource a live booking or hold occupies, over its
-- buffered interval. Rows of different sessions may not overlap on one resource. A one-seat booking is its
-- own session; the bookings of one class (same service, same start) share a session and count seats instead.
-- Expired holds' rows are deleted before every write that could collide with them.
CREATE TABLE appointment_resources (
    id             BIGSERIAL PRIMARY KEY,
    tenant_id      VARCHAR(40) NOT NULL,
    appointment_id VARCHAR(40) REFERENCES appointments(id) ON DELETE CASCADE,
    hold_id        VARCHAR(40) REFERENCES booking_holds(id) ON DELETE CASCADE,
    resource_id    VARCHAR(40) NOT NULL REFERENCES resources(id),
    service_id     VARCHAR(40) NOT NULL,
    booking_start  TIMESTAMPTZ NOT NULL,
    allocated      TSTZRANGE NOT NULL,
    session_key    TEXT NOT NULL,
    seats          INTEGER NOT NULL,
    expires_at     TIMESTAMPTZ,
    CONSTRAINT appointment_resources_owner CHECK ((appointment_id IS NULL) <> (hold_id IS NULL)),
    CONSTRAINT appointment_resources_no_overlap EXCLUDE USING gist
        (resource_id WITH =, allocated WITH &&, session_key WITH <>)
);
CREATE INDEX idx_appointment_resources_appointment ON appointment_resources (appointment_id);
CREATE INDEX idx_appointment_resources_hold ON appointment_resources (hold_id);
CREATE INDEX idx_appointment_resources_session ON appointment_resources (session_key);

-- The outbox: every booking change, written in the same transaction as the change.
CREATE TABLE appointment_events (
    id             BIGSERIAL PRIMARY KEY,
    tenant_id      VARCHAR(40) NOT NULL,
    appointment_id VARCHAR(40) NOT NULL,
    event_type     VARCHAR(30) NOT NULL,
    status         VARCHAR(20) NOT NULL,
    occurred_at    TIMESTAMPTZ NOT NULL,
    published_at   TIMESTAMPTZ
);
CREATE INDEX idx_appointment_events_unpublished ON appointment_events (id) WHERE published_at IS NULL;

CREATE TABLE idempotency_keys (
    tenant_id    VARCHAR(40) NOT NULL,
    idem_key     VARCHAR(255) NOT NULL,
    fingerprint  VARCHAR(128) NOT NULL,
    status       INTEGER NOT NULL DEFAULT 0,
    body         TEXT,
    expires_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, idem_key)
);
