DROP TABLE IF EXISTS ae_api_tokens;
ALTER TABLE employees DROP COLUMN IF EXISTS container_status;
ALTER TABLE employees DROP COLUMN IF EXISTS container_id;
