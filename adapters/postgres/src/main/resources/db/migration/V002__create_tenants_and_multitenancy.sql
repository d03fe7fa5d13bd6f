CREATE TABLE tenants (
    id                  VARCHAR(40) PRIMARY KEY,
    slug                VARCHAR(50) NOT NULL UNIQUE,
    name                VARCHAR(100) NOT NULL,
    business_type       VARCHAR(50) NOT NULL,
    country             VARCHAR(2) NOT NULL,
    timezone            VARCHAR(64) NOT NULL,
    locale              VARCHAR(10) NOT NULL,
    currency            VARCHAR(3) NOT NULL,
    settings            JSONB NOT NULL DEFAULT '{}',
    plan_code           VARCHAR(20) NOT NULL,
    subscription_status VARCHAR(20) NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT tenants_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) BETWEEN 3 AND 50),
    CONSTRAINT tenants_business_type_valid CHECK (business_type IN
        ('restaurant', 'clinic', 'salon', 'fitness', 'spa', 'dental', 'veterinary', 'other')),
    CONSTRAINT tenants_subscription_status_valid CHECK (subscription_status IN
        ('trial', 'active', 'suspended', 'cancelled', 'past_due'))
);

CREATE TABLE tenant_users (
    id          BIGSERIAL PRIMARY KEY,
    tenant_id   VARCHAR(40) NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    user_id     VARCHAR(40) NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role        VARCHAR(20) NOT NULL DEFAULT 'member',
    is_primary  BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (tenant_id, user_id),
    CONSTRAINT tenant_users_role_valid CHECK (role IN ('owner', 'admin', 'manager', 'staff', 'member'))
);
CREATE INDEX idx_tenant_users_user ON tenant_users (user_id);
