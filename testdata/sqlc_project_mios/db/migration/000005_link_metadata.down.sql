DROP INDEX IF EXISTS idx_link_metadata_url;
DROP INDEX IF EXISTS idx_link_metadata_domain;
DROP TABLE IF EXISTS link_metadata;