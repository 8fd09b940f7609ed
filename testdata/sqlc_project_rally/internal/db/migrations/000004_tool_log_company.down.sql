ALTER TABLE tool_logs DROP COLUMN IF EXISTS company_id;
