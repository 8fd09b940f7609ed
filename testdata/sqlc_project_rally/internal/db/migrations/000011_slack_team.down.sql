ALTER TABLE companies DROP COLUMN IF EXISTS slack_team_name;
ALTER TABLE companies DROP COLUMN IF EXISTS slack_team_id;
