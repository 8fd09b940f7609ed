ALTER TABLE sessions DROP COLUMN IF EXISTS auth_method;
DROP TABLE IF EXISTS oauth_identities;
