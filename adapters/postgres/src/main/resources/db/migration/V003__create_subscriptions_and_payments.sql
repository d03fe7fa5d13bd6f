-- Plans as data, with the defaults of seeds 001 and 003 (-1 = unlimited), and monthly usage per tenant.
CREATE TABLE subscription_plans (
    code                       VARCHAR(20) PRIMARY KEY,
    name                       VARCHAR(100) NOT NULL,
    max_services               INTEGER NOT NULL,
    max_resources              INTEGER NOT NULL,
    max_staff_users            INTEGER NOT NULL,
    max_appointments_per_month INTEGER NOT NULL,
    max_messages_per_month     INTEGER NOT NULL,
    max_requests_per_minute    INTEGER NOT NULL
);

INSERT INTO subscription_plans VALUES
    ('FREE', 'Free', 3, 2, 1, 50, 50, 100),
    ('STARTER', 'Starter', 5, 3, 2, 100, 500, 300),
    ('PROFESSIONAL', 'Professional', 15, 10, 5, 500, 2000, 1000),
    ('ENTERPRISE', 'Enterprise', -1, -1, -1, -1, -1, 5000);

CREATE TABLE tenant_usage (
    tenant_id      VARCHAR(40) NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    period         CHAR(7) NOT NULL,
    bookings_count INTEGER NOT NULL DEFAULT 0,
    messages_count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, period)
);
