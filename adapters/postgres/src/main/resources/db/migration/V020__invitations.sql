-- Invitations to join a tenant: the hash of the link's secret (the token is the id and the secret), usable once
-- until it expires; accepting sets accepted_at in the same transaction that adds the member.
CREATE TABLE invitations (
    id          VARCHAR(40) PRIMARY KEY,
    tenant_id   VARCHAR(40) NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    email       VARCHAR(255) NOT NULL,
    role        VARCHAR(20) NOT NULL,
    resource_id VARCHAR(40),
    first_name  VARCHAR(100),
    last_name   VARCHAR(100),
    invited_by  VARCHAR(40) NOT NULL,
    secret_hash VARCHAR(200) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    accepted_at TIMESTAMPTZ
);

CREATE INDEX idx_invitations_expires ON invitations (expires_at);
