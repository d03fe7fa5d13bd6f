-- The right to erasure (seed 003's dataDeletedAt): when a client's personal data was erased; their row stays, without
-- names, phone or e-mail, so that their bookings and the business's counts stay whole.
ALTER TABLE clients ADD COLUMN data_deleted_at TIMESTAMPTZ;
