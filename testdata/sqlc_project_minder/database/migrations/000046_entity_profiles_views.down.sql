-- SPDX-FileCopyrightText: Copyright 2024 The Minder Authors
-- SPDX-License-Identifier: Apache-2.0

BEGIN;

DROP VIEW IF EXISTS profiles_with_entity_profiles;

COMMIT;
