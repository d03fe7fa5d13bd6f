-- The booking chat finds a business without paging through every tenant: by its own WhatsApp number (a unique
-- expression index; at most one tenant may have a number) and, for "which business?", by the first three letters of
-- each word of its name and slug (BusinessNames.keys, written by the adapter on every create and update; a GIN index
-- answers "shares a key with what the customer typed"). The backfill approximates the adapter's normalisation.
ALTER TABLE tenants ADD COLUMN name_keys TEXT[] NOT NULL DEFAULT '{}';

UPDATE tenants SET name_keys = ARRAY(
    SELECT DISTINCT substr(word, 1, 3)
    FROM regexp_split_to_table(translate(lower(name || ' ' || slug), 'áàäâãéèëêíìïîóòöôõúùüûñç',
                                         'aaaaaeeeeiiiiooooouuuunc'), '[[:space:]-]+') AS word
    WHERE length(word) >= 3);

CREATE INDEX idx_tenants_name_keys ON tenants USING gin (name_keys);

CREATE UNIQUE INDEX tenants_whatsapp_number_key ON tenants ((settings ->> 'whatsapp.phoneNumberId'))
    WHERE settings ->> 'whatsapp.phoneNumberId' <> '';
