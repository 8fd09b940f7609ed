DROP TABLE IF EXISTS credential_audit_log;
DROP TABLE IF EXISTS access_providers;
