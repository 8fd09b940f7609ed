DROP TABLE IF EXISTS projects;
DROP INDEX IF EXISTS idx_projects_user_id;
