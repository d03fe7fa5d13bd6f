CREATE TABLE categories (
    id          VARCHAR(40) PRIMARY KEY,
    tenant_id   VARCHAR(40) NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name        VARCHAR(100) NOT NULL,
    description TEXT,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    is_active   BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE INDEX idx_categories_tenant ON categories (tenant_id, id);

-- Seed 001's single buffer_time_minutes becomes a buffer before and after; prices are minor units.
CREATE TABLE services (
    id                        VARCHAR(40) PRIMARY KEY,
    tenant_id                 VARCHAR(40) NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    category_id               VARCHAR(40) REFERENCES categories(id),
    name                      VARCHAR(100) NOT NULL,
    description               TEXT,
    duration_minutes          INTEGER NOT NULL,
    buffer_before_minutes     INTEGER NOT NULL DEFAULT 0,
    buffer_after_minutes      INTEGER NOT NULL DEFAULT 0,
    slot_interval_minutes     INTEGER NOT NULL,
    base_price_minor          BIGINT NOT NULL,
    price_currency            VARCHAR(3) NOT NULL,
    max_capacity              INTEGER NOT NULL DEFAULT 1,
    min_notice_minutes        INTEGER NOT NULL DEFAULT 0,
    max_advance_booking_days  INTEGER NOT NULL DEFAULT 30,
    cancellation_policy_hours INTEGER NOT NULL DEFAULT 24,
    requires_confirmation     BOOLEAN NOT NULL DEFAULT FALSE,
    is_active                 BOOLEAN NOT NULL DEFAULT TRUE,
    created_at                TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at                TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT services_duration_valid CHECK (duration_minutes BETWEEN 5 AND 1440),
    CONSTRAINT services_price_non_negative CHECK (base_price_minor >= 0),
    CONSTRAINT services_capacity_positive CHECK (max_capacity >= 1)
);
CREATE INDEX idx_services_tenant ON services (tenant_id, id);

-- One row per resource requirement of a service; no eligible ids means every active resource of the type.
CREATE TABLE service_resources (
    service_id            VARCHAR(40) NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    position              INTEGER NOT NULL,
    resource_type         VARCHAR(20) NOT NULL,
    eligible_resource_ids TEXT[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (service_id, position)
);

CREATE TABLE resources (
    id          VARCHAR(40) PRIMARY KEY,
    tenant_id   VARCHAR(40) NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name        VARCHAR(100) NOT NULL,
    type        VARCHAR(20) NOT NULL,
    timezone    VARCHAR(64) NOT NULL,
    is_active   BOOLEAN NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT resources_type_valid CHECK (type IN ('staff', 'room', 'equipment', 'other'))
);
CREATE INDEX idx_resources_tenant ON resources (tenant_id, id);

-- The services a resource offers.
CREATE TABLE resource_services (
    resource_id VARCHAR(40) NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
    service_id  VARCHAR(40) NOT NULL,
    PRIMARY KEY (resource_id, service_id)
);

-- day_of_week: 0 = Sunday as in seed 001; an end_time of 00:00 means the end of the day.
CREATE TABLE resource_schedules (
    id             BIGSERIAL PRIMARY KEY,
    tenant_id      VARCHAR(40) NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    resource_id    VARCHAR(40) NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
    day_of_week    INTEGER NOT NULL,
    start_time     TIME NOT NULL,
    end_time       TIME NOT NULL,
    effective_from DATE,
    effective_until DATE,
    CONSTRAINT resource_schedules_day_valid CHECK (day_of_week BETWEEN 0 AND 6),
    CONSTRAINT resource_schedules_end_after_start CHECK (end_time > start_time OR end_time = '00:00')
);
CREATE INDEX idx_resource_schedules_resource ON resource_schedules (resource_id);

-- Exceptions: block_type is one of Cita's exception kinds instead of seed 001's free-form reasons.
CREATE TABLE resource_blocks (
    id             VARCHAR(40) PRIMARY KEY,
    tenant_id      VARCHAR(40) NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    resource_id    VARCHAR(40) NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
    block_type     VARCHAR(20) NOT NULL,
    block_date     DATE,
    start_time     TIME,
    end_time       TIME,
    start_datetime TIMESTAMPTZ,
    end_datetime   TIMESTAMPTZ,
    reason         TEXT,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT resource_blocks_type_valid CHECK (block_type IN ('block_date', 'block_times', 'block_instants', 'override_hours'))
);
CREATE INDEX idx_resource_blocks_resource ON resource_blocks (resource_id);

CREATE TABLE clients (
    id          VARCHAR(40) PRIMARY KEY,
    tenant_id   VARCHAR(40) NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    first_name  VARCHAR(100) NOT NULL,
    last_name   VARCHAR(100),
    email       VARCHAR(255),
    phone       VARCHAR(20),
    is_active   BOOLEAN NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT clients_email_unique_per_tenant UNIQUE (tenant_id, email),
    CONSTRAINT clients_phone_unique_per_tenant UNIQUE (tenant_id, phone),
    CONSTRAINT clients_phone_format CHECK (phone IS NULL OR phone ~ '^\+[1-9]\d{6,14}$')
);
CREATE INDEX idx_clients_tenant ON clients (tenant_id, id);
