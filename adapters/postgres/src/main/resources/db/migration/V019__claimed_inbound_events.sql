-- A stored inbound message that was not answered is retried by one instance at a time: claimed with a lease
-- (V008 already indexes the unprocessed ones by source and time).
ALTER TABLE webhook_events ADD COLUMN claimed_by VARCHAR(80);
ALTER TABLE webhook_events ADD COLUMN claim_expires_at TIMESTAMPTZ;
