-- SPDX-FileCopyrightText: Copyright 2024 The Minder Authors
-- SPDX-License-Identifier: Apache-2.0

BEGIN;

DROP TABLE rule_type_data_sources;
DROP TABLE data_sources_functions;
DROP TABLE data_sources;

COMMIT;
