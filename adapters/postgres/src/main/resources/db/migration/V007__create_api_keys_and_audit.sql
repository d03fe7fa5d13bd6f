-- Seed 000's TenantApiKeys in seed 001's style: only the key's hash is stored, its prefix finds it.
CREATE TABLE tenant_api_keys (
    id              VARCHAR(40) PRIMARY KEY,
    tenant_id       VARCHAR(40) NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    kind            VARCHAR(20) NOT NULL,
    name            VARCHAR(100),
    key_prefix      VARCHAR(40) NOT NULL,
    key_hash        VARCHAR(128) NOT NULL,
    allowed_origins TEXT[] NOT NULL DEFAULT '{}',
    status          VARCHAR(20) NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    last_used_at    TIMESTAMPTZ,
    revoked_at      TIMESTAMPTZ,
    CONSTRAINT tenant_api_keys_kind_valid CHECK (kind IN ('publishable', 'secret')),
    CONSTRAINT tenant_api_keys_status_valid CHECK (status IN ('active', 'revoked'))
);
CREATE INDEX idx_tenant_api_keys_prefix ON tenant_api_keys (key_prefix);
CREATE INDEX idx_tenant_api_keys_tenant ON tenant_api_keys (tenant_id, id);

-- Seed 001's audit_logs, written by the application with the command's actor (no trigger casting CURRENT_USER).
CREATE TABLE audit_logs (
    id          VARCHAR(40) PRIMARY KEY,
    tenant_id   VARCHAR(40) NOT NULL,
    action      VARCHAR(40) NOT NULL,
    table_name  VARCHAR(100) NOT NULL,
    record_id   VARCHAR(80),
    actor_type  VARCHAR(20) NOT NULL,
    actor_id    VARCHAR(80) NOT NULL,
    timestamp   TIMESTAMPTZ NOT NULL,
    ip_address  INET,
    user_agent  TEXT,
    old_values  JSONB,
    new_values  JSONB
);
CREATE INDEX idx_audit_logs_tenant ON audit_logs (tenant_id, id DESC);
