-- The booking chat (seed 002's sessions, seed 000's Conversations): one conversation per tenant and phone.
CREATE TABLE conversations (
    id           VARCHAR(40) PRIMARY KEY,
    tenant_id    VARCHAR(40) NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    phone        VARCHAR(20) NOT NULL,
    state        VARCHAR(20) NOT NULL,
    service_id   VARCHAR(40),
    chosen_date  DATE,
    chosen_start TIMESTAMPTZ,
    hold_id      VARCHAR(40),
    offered      TEXT[] NOT NULL DEFAULT '{}',
    page         INTEGER NOT NULL DEFAULT 0,
    updated_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    CONSTRAINT conversations_one_per_phone UNIQUE (tenant_id, phone)
);
CREATE INDEX idx_conversations_phone ON conversations (phone, updated_at DESC);

-- Inbound webhook events, stored before they are acknowledged; the id makes redeliveries harmless.
CREATE TABLE webhook_events (
    id           VARCHAR(200) PRIMARY KEY,
    source       VARCHAR(40) NOT NULL,
    payload      TEXT NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL,
    processed_at TIMESTAMPTZ
);
CREATE INDEX idx_webhook_events_unprocessed ON webhook_events (source, received_at) WHERE processed_at IS NULL;
