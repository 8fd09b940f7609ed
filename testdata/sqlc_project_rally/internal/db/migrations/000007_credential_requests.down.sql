DROP TABLE IF EXISTS credential_requests;
