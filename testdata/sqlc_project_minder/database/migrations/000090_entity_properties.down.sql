-- SPDX-FileCopyrightText: Copyright 2024 The Minder Authors
-- SPDX-License-Identifier: Apache-2.0

BEGIN;

DROP TABLE IF EXISTS properties;
DROP TABLE IF EXISTS entities;

COMMIT;
