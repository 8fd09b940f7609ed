-- CreateEntity adds an entry to the entity_instances table so it can be tracked by Minder.

-- name: CreateEntity :one
INSERT INTO entity_instances (
    entity_type,
    name,
    project_id,
    provider_id,
    originated_from
) VALUES ($1, $2, sqlc.arg(project_id), sqlc.arg(provider_id), sqlc.narg(originated_from))
RETURNING *;

-- CreateEntityWithID adds an entry to the entities table with a specific ID so it can be tracked by Minder.

-- name: CreateEntityWithID :one
INSERT INTO entity_instances (
    id,
    entity_type,
    name,
    project_id,
    provider_id,
    originated_from
) VALUES ($1, $2, $3, sqlc.arg(project_id), sqlc.arg(provider_id), sqlc.narg(originated_from))
RETURNING *;


-- CreateOrEnsureEntityByID adds an entry to the entity_instances table if it does not exist, or returns the existing entry.

-- name: CreateOrEnsureEntityByID :one
INSERT INTO entity_instances (
    id,
    entity_type,
    name,
    project_id,
    provider_id,
    originated_from
) VALUES ($1, $2, $3, sqlc.arg(project_id), sqlc.arg(provider_id), sqlc.narg(originated_from))
ON CONFLICT (id) DO UPDATE
SET
    id = entity_instances.id  -- This is a "noop" update to ensure the RETURNING clause works
RETURNING *;

-- DeleteEntity removes an entity from the entity_instances table for a project.
-- name: DeleteEntity :exec
DELETE FROM entity_instances
WHERE id = $1 AND project_id = $2;

-- GetEntityByID retrieves an entity by its ID for a project or hierarchy of projects.
-- name: GetEntityByID :one
SELECT * FROM entity_instances
WHERE entity_instances.id = $1
LIMIT 1;

-- GetEntityByName retrieves an entity by its name for a project or hierarchy of projects.
-- name: GetEntityByName :one
SELECT * FROM entity_instances
WHERE
    entity_instances.name = sqlc.arg(name)
    AND entity_instances.project_id = $1
    AND entity_instances.entity_type = $2
    AND entity_instances.provider_id = sqlc.arg(provider_id)
LIMIT 1;

-- GetEntitiesByType retrieves all entities of a given type for a project or hierarchy of projects.
-- this is how one would get all repositories, artifacts, etc.

-- name: GetEntitiesByType :many
SELECT * FROM entity_instances
WHERE entity_instances.entity_type = $1
    AND entity_instances.provider_id = sqlc.arg(provider_id)
    AND entity_instances.project_id = ANY(sqlc.arg(projects)::uuid[]);

-- GetEntitiesWithProps retrieves all entities of a given type with their properties for a project or hierarchy of projects.

-- name: GetEntitiesWithProps :many
SELECT entity_instances.*,
    providers.name AS provider_name,
    providers.class AS provider_class,
    JSON_OBJECT_AGG(
        p.key,
        p.value
    ) AS properties
FROM entity_instances
       LEFT JOIN providers ON entity_instances.provider_id = providers.id
       LEFT JOIN properties p ON entity_instances.id = p.entity_id
WHERE (entity_instances.entity_type = sqlc.narg(entity_type) OR sqlc.narg(entity_type) IS NULL)
    AND entity_instances.id >= sqlc.arg('cursor')::uuid
    AND entity_instances.provider_id = sqlc.arg(provider_id)
    AND entity_instances.project_id = ANY(sqlc.arg(projects)::uuid[])
GROUP BY entity_instances.id, providers.id
ORDER BY entity_instances.id
LIMIT sqlc.arg('limit')::bigint;

-- ListEntitiesAfterID retrieves entities of a given type after a cursor ID, for pagination.
-- This is used for cursor-based iteration over all entities (e.g., in the reminder service).

-- name: ListEntitiesAfterID :many
SELECT * FROM entity_instances
WHERE entity_instances.entity_type = $1
    AND entity_instances.id > $2
ORDER BY entity_instances.id
LIMIT sqlc.arg('limit')::bigint;

-- EntityExistsAfterID checks if any entity of a given type exists after a cursor ID.

-- name: EntityExistsAfterID :one
SELECT EXISTS (
    SELECT 1
    FROM entity_instances
    WHERE entity_instances.entity_type = $1
        AND entity_instances.id > $2
) AS exists;

-- GetEntitiesByProvider retrieves all entities of a given provider.
-- this is how one would get all repositories, artifacts, etc. for a given provider.

-- name: GetEntitiesByProvider :many
SELECT * FROM entity_instances
WHERE entity_instances.provider_id = $1;

-- GetEntitiesByProjectHierarchy retrieves all entities for a project or hierarchy of projects.

-- name: GetEntitiesByProjectHierarchy :many
SELECT * FROM entity_instances
WHERE entity_instances.project_id = ANY(sqlc.arg(projects)::uuid[]);

-- CountEntitiesByType counts all entities of a given type (across all projects/providers).

-- name: CountEntitiesByType :one
SELECT COUNT(*) FROM entity_instances
WHERE entity_instances.entity_type = $1;

-- CountEntitiesByTypeAndProject counts entities of a given type for a specific project.

-- name: CountEntitiesByTypeAndProject :one
SELECT COUNT(*) FROM entity_instances
WHERE entity_instances.entity_type = $1 AND entity_instances.project_id = $2;

-- name: GetProperty :one
SELECT * FROM properties
WHERE entity_id = $1 AND key = $2;

-- name: DeleteProperty :exec
DELETE FROM properties
WHERE entity_id = $1 AND key = $2;

-- name: UpsertProperty :one
INSERT INTO properties (
    entity_id,
    key,
    value,
    updated_at
) VALUES ($1, $2, $3, NOW())
ON CONFLICT (entity_id, key) DO UPDATE
    SET
        value = sqlc.arg(value),
        updated_at = NOW()
RETURNING *;

-- name: GetAllPropertiesForEntity :many
SELECT * FROM properties
WHERE entity_id = $1;

-- name: DeleteAllPropertiesForEntity :exec
DELETE FROM properties
WHERE entity_id = $1;

-- name: GetTypedEntitiesByProperty :many
SELECT ei.*
FROM entity_instances ei
         JOIN properties p ON ei.id = p.entity_id
WHERE ei.entity_type = sqlc.arg(entity_type)
  AND (sqlc.arg(project_id)::uuid = '00000000-0000-0000-0000-000000000000'::uuid OR ei.project_id = sqlc.arg(project_id))
  AND (sqlc.arg(provider_id)::uuid = '00000000-0000-0000-0000-000000000000'::uuid OR ei.provider_id = sqlc.arg(provider_id))
  AND p.key = sqlc.arg(key)
  AND p.value @> sqlc.arg(value)::jsonb;