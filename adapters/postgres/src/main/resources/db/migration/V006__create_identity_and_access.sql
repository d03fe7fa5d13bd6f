-- Identity and access (issue 4): staff linked to their resource, refresh-token sessions with rotation.
ALTER TABLE tenant_users ADD COLUMN resource_id VARCHAR(40);

ALTER TABLE user_sessions ADD COLUMN refresh_hash VARCHAR(128) NOT NULL DEFAULT '';
ALTER TABLE user_sessions ADD COLUMN replaced_by VARCHAR(40);
CREATE INDEX idx_user_sessions_user ON user_sessions (user_id) WHERE revoked_at IS NULL;
