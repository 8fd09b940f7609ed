ALTER TABLE companies DROP COLUMN IF EXISTS policy_doc;
