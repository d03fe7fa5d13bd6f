-- Each tenant's paid subscription as Stripe last told it (seed 001's subscriptions), one row per tenant. state_at is
-- the creation time of the Stripe event that carried the state: a save only replaces a row whose state is not newer.
CREATE TABLE subscriptions (
    tenant_id              VARCHAR(40) PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,
    stripe_subscription_id VARCHAR(100) NOT NULL,
    stripe_customer_id     VARCHAR(100),
    status                 VARCHAR(30) NOT NULL,
    plan_code              VARCHAR(20) NOT NULL,
    current_period_end     TIMESTAMPTZ,
    trial_end              TIMESTAMPTZ,
    cancel_at_period_end   BOOLEAN NOT NULL DEFAULT FALSE,
    state_at               TIMESTAMPTZ NOT NULL
);
