-- SPDX-FileCopyrightText: Copyright 2023 The Minder Authors
-- SPDX-License-Identifier: Apache-2.0

DROP TABLE IF EXISTS entitlements CASCADE;
DROP TABLE IF EXISTS features CASCADE;
