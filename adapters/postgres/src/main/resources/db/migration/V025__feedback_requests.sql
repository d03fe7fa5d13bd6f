-- Consent to being asked for feedback after a visit (seed 003's consent), false until given.
ALTER TABLE clients ADD COLUMN feedback_consent BOOLEAN NOT NULL DEFAULT FALSE;

-- Requests for feedback after a visit (seed 003's feedback requests and answers). Ids begin with the time asked, so
-- id order is the order asked. form_hash is the hash of the private form's single-use token while it is open.
-- version guards each change against another from the same state.
CREATE TABLE feedback_requests (
    id              VARCHAR(60) PRIMARY KEY,
    tenant_id       VARCHAR(40) NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    booking_id      VARCHAR(60),
    client_id       VARCHAR(60) NOT NULL,
    resource_id     VARCHAR(60),
    phone           VARCHAR(20) NOT NULL,
    channel         VARCHAR(20) NOT NULL,
    asked_at        TIMESTAMPTZ NOT NULL,
    status          VARCHAR(20) NOT NULL,
    rating          SMALLINT,
    comment         TEXT,
    contact_allowed BOOLEAN NOT NULL DEFAULT FALSE,
    form_hash       VARCHAR(200),
    form_expires_at TIMESTAMPTZ,
    answered_at     TIMESTAMPTZ,
    helped          BOOLEAN NOT NULL DEFAULT FALSE,
    handled_at      TIMESTAMPTZ,
    note            TEXT,
    review_clicked_at TIMESTAMPTZ,
    version         BIGINT NOT NULL,
    CONSTRAINT feedback_status_valid CHECK (status IN ('AWAITING', 'HAPPY', 'UNHAPPY', 'ANSWERED', 'OPTED_OUT')),
    CONSTRAINT feedback_rating_valid CHECK (rating BETWEEN 1 AND 5)
);
CREATE INDEX feedback_by_tenant ON feedback_requests (tenant_id, id DESC);
CREATE INDEX feedback_by_client ON feedback_requests (tenant_id, client_id, asked_at DESC);
CREATE INDEX feedback_by_phone ON feedback_requests (phone, asked_at DESC);
