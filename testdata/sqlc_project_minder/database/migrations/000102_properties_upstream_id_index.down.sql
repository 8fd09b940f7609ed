-- SPDX-FileCopyrightText: Copyright 2023 The Minder Authors
-- SPDX-License-Identifier: Apache-2.0

BEGIN;

DROP INDEX IF EXISTS idx_properties_value_gin;

COMMIT;
