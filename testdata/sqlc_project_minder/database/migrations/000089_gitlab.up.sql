-- SPDX-FileCopyrightText: Copyright 2024 The Minder Authors
-- SPDX-License-Identifier: Apache-2.0

-- Add `gitlab` provider class
ALTER TYPE provider_class ADD VALUE 'gitlab';

