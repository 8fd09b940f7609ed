-- SPDX-FileCopyrightText: Copyright 2024 The Minder Authors
-- SPDX-License-Identifier: Apache-2.0

DELETE FROM features WHERE name = 'project_hierarchy_operations_enabled';
