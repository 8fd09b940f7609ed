-- SPDX-FileCopyrightText: Copyright 2023 The Minder Authors
-- SPDX-License-Identifier: Apache-2.0

-- drop index
DROP INDEX IF EXISTS entity_profiles_unique;
