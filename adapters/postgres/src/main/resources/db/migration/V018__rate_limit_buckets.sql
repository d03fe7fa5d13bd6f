-- Rate-limit buckets every instance shares (Bucket4j's PostgreSQL backend): the bucket's serialized state, and the
-- epoch milliseconds after which it would be full again and may be dropped.
CREATE TABLE rate_limit_buckets (
    id         TEXT PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX idx_rate_limit_buckets_expiry ON rate_limit_buckets (expires_at);
