-- The dispatcher claims the oldest pending events: with this index it walks them in id order and stops at the batch's
-- size, whatever the planner's statistics say (after a burst of bookings, stale ones made it sort every pending event).
CREATE INDEX idx_appointment_events_pending_by_id ON appointment_events (id) WHERE published_at IS NULL;
