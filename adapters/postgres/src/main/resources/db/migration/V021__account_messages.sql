-- Messages about a person's account that no business has yet (a sign-up's confirmation) are deliveries of no tenant.
ALTER TABLE notifications ALTER COLUMN tenant_id DROP NOT NULL;
