-- A resource's private calendar feed: its id and the hash of its secret (the URL's token is both); one per resource.
CREATE TABLE calendar_feeds (
    id          VARCHAR(40) PRIMARY KEY,
    tenant_id   VARCHAR(40) NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    resource_id VARCHAR(40) NOT NULL,
    secret_hash VARCHAR(200) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT calendar_feeds_one_per_resource UNIQUE (tenant_id, resource_id)
);
