-- SPDX-FileCopyrightText: Copyright 2023 The Minder Authors
-- SPDX-License-Identifier: Apache-2.0

-- this down migration is intentionally empty. It's here to make sure that migrations run at all.
