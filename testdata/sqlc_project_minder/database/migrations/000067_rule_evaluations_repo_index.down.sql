-- SPDX-FileCopyrightText: Copyright 2024 The Minder Authors
-- SPDX-License-Identifier: Apache-2.0

DROP INDEX IF EXISTS rule_evaluations_repository_id_idx;
