-- SPDX-FileCopyrightText: Copyright 2024 The Minder Authors
-- SPDX-License-Identifier: Apache-2.0

-- Not much to do here - previous migration inserted more rows instead of changing DB structure
