-- The dispatcher (issue 12): outbox events are claimed with a lease (claimed_by, claim_expires_at) and marked
-- published_at once their deliveries are queued; a pending event of an appointment waits for the earlier ones.
ALTER TABLE appointment_events ADD COLUMN claimed_by VARCHAR(80);
ALTER TABLE appointment_events ADD COLUMN claim_expires_at TIMESTAMPTZ;
CREATE INDEX idx_appointment_events_pending ON appointment_events (appointment_id, id) WHERE published_at IS NULL;

-- Seed 001's notifications, as the record and queue of every delivery (webhook calls now, messages next): its
-- recipient is an endpoint id or an address, its template the event type; claimed with a lease like the outbox.
CREATE TABLE notifications (
    id                  VARCHAR(40) PRIMARY KEY,
    tenant_id           VARCHAR(40) NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    event_id            VARCHAR(120) NOT NULL,
    channel             VARCHAR(20) NOT NULL,
    recipient           VARCHAR(320) NOT NULL,
    template            VARCHAR(40) NOT NULL,
    payload             TEXT NOT NULL,
    status              VARCHAR(20) NOT NULL,
    reason              VARCHAR(200),
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_at     TIMESTAMPTZ,
    provider_message_id VARCHAR(200),
    last_error          TEXT,
    claimed_by          VARCHAR(80),
    claim_expires_at    TIMESTAMPTZ,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    CONSTRAINT notifications_status_valid
        CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'dead', 'skipped'))
);
CREATE INDEX idx_notifications_due ON notifications (next_attempt_at) WHERE status IN ('queued', 'failed', 'sending');
CREATE INDEX idx_notifications_tenant ON notifications (tenant_id, id);

CREATE TABLE webhook_endpoints (
    id              VARCHAR(40) PRIMARY KEY,
    tenant_id       VARCHAR(40) NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    url             TEXT NOT NULL,
    event_types     TEXT[] NOT NULL DEFAULT '{}',
    secret          VARCHAR(200) NOT NULL,
    previous_secret VARCHAR(200),
    previous_secret_until TIMESTAMPTZ,
    enabled         BOOLEAN NOT NULL,
    disabled_reason VARCHAR(200),
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_webhook_endpoints_tenant ON webhook_endpoints (tenant_id, created_at);

-- Seed 001's notification_templates, as a tenant's own templates (the system's defaults live in the code): one per
-- kind and language, its variables checked when it is saved.
CREATE TABLE notification_templates (
    tenant_id  VARCHAR(40) NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    kind       VARCHAR(40) NOT NULL,
    language   VARCHAR(5) NOT NULL,
    subject    VARCHAR(200) NOT NULL,
    body       TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, kind, language)
);
