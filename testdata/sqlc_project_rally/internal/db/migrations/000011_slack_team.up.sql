ALTER TABLE companies ADD COLUMN IF NOT EXISTS slack_team_id TEXT;
ALTER TABLE companies ADD COLUMN IF NOT EXISTS slack_team_name TEXT;
