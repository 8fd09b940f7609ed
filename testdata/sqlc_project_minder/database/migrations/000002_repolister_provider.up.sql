-- SPDX-FileCopyrightText: Copyright 2023 The Minder Authors
-- SPDX-License-Identifier: Apache-2.0

ALTER TYPE provider_type ADD VALUE 'repo-lister';
