DROP TABLE IF EXISTS workspace_versions;
DROP TABLE IF EXISTS workspace_comments;
DROP TABLE IF EXISTS workspace_files;
