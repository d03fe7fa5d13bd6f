-- A reminder names the booking it reminds of, at the version it was scheduled for: a later change makes it stale.
ALTER TABLE notifications ADD COLUMN booking_id VARCHAR(40);
ALTER TABLE notifications ADD COLUMN booking_version BIGINT;

-- A client's contact preferences: the channels to use (NULL: the default for what the client has), consent to
-- transactional and to marketing messages, and the channels the client left by answering STOP.
ALTER TABLE clients ADD COLUMN channels TEXT[];
ALTER TABLE clients ADD COLUMN transactional_consent BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE clients ADD COLUMN marketing_consent BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE clients ADD COLUMN opted_out TEXT[] NOT NULL DEFAULT '{}';

-- Who last sent a message to an address on a shared channel, so that a STOP from it reaches the right business.
CREATE TABLE message_recipients (
    channel    VARCHAR(20) NOT NULL,
    address    VARCHAR(320) NOT NULL,
    tenant_id  VARCHAR(40) NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (channel, address)
);
