-- The web chat's conversations are keyed web:<secret the browser keeps> in the phone column, longer than a phone.
ALTER TABLE conversations ALTER COLUMN phone TYPE VARCHAR(64);
