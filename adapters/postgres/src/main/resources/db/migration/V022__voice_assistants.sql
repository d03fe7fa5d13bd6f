-- The voice assistant (Vapi) of each tenant and its call logs (seed 001's vapi_configurations and vapi_call_logs),
-- and each plan's monthly voice minutes. The server credential is kept only as a hash; the optional HMAC secret
-- must be kept as is to compute the signature with. The structured data Vapi extracts is kept as the text it sent
-- (TEXT, not seed 001's JSONB, which would reformat it), so both stores give it back alike.
ALTER TABLE subscription_plans ADD COLUMN max_voice_minutes_per_month INTEGER NOT NULL DEFAULT 0;
UPDATE subscription_plans SET max_voice_minutes_per_month = CASE code
    WHEN 'STARTER' THEN 100 WHEN 'PROFESSIONAL' THEN 500 WHEN 'ENTERPRISE' THEN -1 ELSE 0 END;

ALTER TABLE tenant_usage ADD COLUMN voice_calls INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tenant_usage ADD COLUMN voice_seconds BIGINT NOT NULL DEFAULT 0;

CREATE TABLE vapi_configurations (
    tenant_id                 VARCHAR(40) PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,
    vapi_assistant_id         VARCHAR(100),
    vapi_phone_number_id      VARCHAR(100),
    vapi_voice_id             VARCHAR(100),
    assistant_greeting        TEXT,
    assistant_instructions    TEXT,
    language                  VARCHAR(10) NOT NULL,
    business_context          TEXT,
    booking_instructions      TEXT,
    max_call_duration_minutes INTEGER NOT NULL,
    enable_call_recording     BOOLEAN NOT NULL,
    enable_transcription      BOOLEAN NOT NULL,
    credential_hash           VARCHAR(200) NOT NULL,
    hmac_secret               VARCHAR(200),
    is_active                 BOOLEAN NOT NULL,
    updated_at                TIMESTAMPTZ NOT NULL
);

CREATE TABLE vapi_call_logs (
    id                    VARCHAR(40) PRIMARY KEY,
    tenant_id             VARCHAR(40) NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    vapi_call_id          VARCHAR(100) NOT NULL,
    caller_phone          VARCHAR(32),
    call_started_at       TIMESTAMPTZ NOT NULL,
    call_ended_at         TIMESTAMPTZ,
    call_duration_seconds INTEGER NOT NULL,
    ended_reason          VARCHAR(200),
    transcript            TEXT,
    summary               TEXT,
    entities_extracted    TEXT,
    cost_cents            BIGINT,
    appointment_id        VARCHAR(40),
    booking_successful    BOOLEAN NOT NULL DEFAULT FALSE,
    booking_error         TEXT,
    created_at            TIMESTAMPTZ NOT NULL,
    UNIQUE (tenant_id, vapi_call_id)
);

CREATE INDEX idx_vapi_call_logs_tenant ON vapi_call_logs (tenant_id, id DESC);
