-- SPDX-FileCopyrightText: Copyright 2023 The Minder Authors
-- SPDX-License-Identifier: Apache-2.0


DROP TABLE IF EXISTS artifact_versions;
DROP TABLE IF EXISTS rule_evaluations;
DROP TABLE IF EXISTS rule_details_eval;
DROP TABLE IF EXISTS rule_details_remediate;
DROP TABLE IF EXISTS rule_details_alert;
DROP TABLE IF EXISTS artifacts;
DROP TABLE IF EXISTS entity_profiles;
DROP TABLE IF EXISTS profile_status;
DROP TABLE IF EXISTS signing_keys;
DROP TABLE IF EXISTS rule_type;
DROP TABLE IF EXISTS profiles;
DROP TABLE IF EXISTS session_store;
DROP TABLE IF EXISTS repositories;
DROP TABLE IF EXISTS provider_access_tokens;
DROP TABLE IF EXISTS user_roles;
DROP TABLE IF EXISTS user_projects;
DROP TABLE IF EXISTS users;
DROP TABLE IF EXISTS roles;
DROP TABLE IF EXISTS projects; 
DROP TABLE IF EXISTS providers;
