-- Tenants' payments (seed 001's payments with seed 004's method and provider reference), one row per tenant and
-- invoice. The amount is kept in the currency's minor unit (cents), as the payment provider reports it, instead of the
-- seed's DECIMAL: no rounding between Stripe and Cita. sort_key orders a tenant's payments by the invoice's creation
-- time (zero-padded epoch milliseconds, then the invoice id), the same key as the DynamoDB store's. state_at is the
-- creation time of the event that carried the state: a save only replaces a row whose state is not newer.
CREATE TABLE payments (
    tenant_id          VARCHAR(40) NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    invoice_id         VARCHAR(100) NOT NULL,
    subscription_id    VARCHAR(100),
    amount_minor       BIGINT NOT NULL,
    currency           CHAR(3) NOT NULL,
    status             VARCHAR(20) NOT NULL,
    method             VARCHAR(40),
    provider_reference VARCHAR(100),
    invoice_url        TEXT,
    created_at         TIMESTAMPTZ NOT NULL,
    state_at           TIMESTAMPTZ NOT NULL,
    sort_key           VARCHAR(160) NOT NULL,
    PRIMARY KEY (tenant_id, invoice_id),
    CONSTRAINT payments_status_valid CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'REFUNDED'))
);
CREATE INDEX payments_by_tenant ON payments (tenant_id, sort_key DESC);

-- A subscription whose payment failed keeps its business open until grace_ends_at; then one instance, holding a
-- lease (claimed_by, claim_expires_at), suspends the business and marks the grace applied.
ALTER TABLE subscriptions ADD COLUMN grace_ends_at TIMESTAMPTZ;
ALTER TABLE subscriptions ADD COLUMN grace_applied BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE subscriptions ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE subscriptions ADD COLUMN claim_expires_at TIMESTAMPTZ;
CREATE INDEX subscriptions_grace_due ON subscriptions (grace_ends_at) WHERE status = 'PAST_DUE' AND NOT grace_applied;

-- Message credits a super-admin grants a tenant for a month beyond its plan's.
ALTER TABLE tenant_usage ADD COLUMN messages_granted INTEGER NOT NULL DEFAULT 0;

-- When a business's free trial ends (14 days after sign-up, extended by a super-admin); null for businesses from
-- before trials had an end.
ALTER TABLE tenants ADD COLUMN trial_ends_at TIMESTAMPTZ;
-- A trial that ended is handed to one instance at a time under a lease, until it is applied (the business moves to
-- ACTIVE on the FREE plan unless it has a subscription); a new trial end makes it due again.
ALTER TABLE tenants ADD COLUMN trial_applied BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE tenants ADD COLUMN trial_claimed_by VARCHAR(100);
ALTER TABLE tenants ADD COLUMN trial_claim_expires_at TIMESTAMPTZ;
CREATE INDEX tenants_trial_due ON tenants (trial_ends_at) WHERE NOT trial_applied;
