-- Seed 001 phase 1. Ids are Cita's prefixed, time-ordered ids (generated in the domain) instead of UUIDs,
-- and every timestamp is timestamptz.
CREATE TABLE users (
    id                  VARCHAR(40) PRIMARY KEY,
    email               VARCHAR(255) NOT NULL UNIQUE,
    password_hash       VARCHAR(255) NOT NULL,
    first_name          VARCHAR(100) NOT NULL,
    last_name           VARCHAR(100) NOT NULL,
    phone               VARCHAR(20),
    locale              VARCHAR(10) NOT NULL DEFAULT 'es',
    is_active           BOOLEAN NOT NULL DEFAULT TRUE,
    is_superuser        BOOLEAN NOT NULL DEFAULT FALSE,
    last_login          TIMESTAMPTZ,
    password_changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT users_email_format CHECK (email ~* '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$'),
    CONSTRAINT users_phone_format CHECK (phone IS NULL OR phone ~ '^\+[1-9]\d{6,14}$')
);

CREATE TABLE user_sessions (
    id          VARCHAR(40) PRIMARY KEY,
    user_id     VARCHAR(40) NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_jti   VARCHAR(255) NOT NULL UNIQUE,
    ip_address  INET,
    user_agent  TEXT,
    expires_at  TIMESTAMPTZ NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    revoked_at  TIMESTAMPTZ
);

CREATE TABLE login_attempts (
    id             BIGSERIAL PRIMARY KEY,
    email          VARCHAR(255) NOT NULL,
    ip_address     INET NOT NULL,
    user_agent     TEXT,
    success        BOOLEAN NOT NULL,
    failure_reason VARCHAR(100),
    attempted_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_login_attempts_email_ip ON login_attempts (email, ip_address, attempted_at DESC);
