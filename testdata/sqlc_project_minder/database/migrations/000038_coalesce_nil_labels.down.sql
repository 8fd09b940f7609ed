-- SPDX-FileCopyrightText: Copyright 2024 The Minder Authors
-- SPDX-License-Identifier: Apache-2.0

-- no down migration, the up migration fixes a bug where we could end up with nil label columns in profiles
