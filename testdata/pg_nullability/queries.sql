-- name: TeamStats :many
-- Counts are never NULL, even inside a scalar subquery; sum and max are NULL over no rows.
SELECT t.id,
       count(p.id) AS players,
       count(*) FILTER (WHERE p.rating IS NULL) AS unrated,
       sum(p.score) AS total,
       max(p.rating) AS best,
       (SELECT count(*) FROM players) AS everyone,
       (SELECT max(score) FROM players WHERE team_id = t.id) AS top_score
FROM teams t LEFT JOIN players p ON p.team_id = t.id
GROUP BY t.id
ORDER BY t.id;

-- name: AllScores :many
-- UNION ALL of NOT NULL branches is NOT NULL; one nullable branch makes the column nullable.
SELECT id, score, rating FROM players
UNION ALL
SELECT id, 0, NULL FROM teams
ORDER BY 1, 2;

-- name: ActivePlayers :many
-- Through a view: NOT NULL table columns and expressions over them stay NOT NULL.
SELECT id, team_id, score, rating, points FROM active_players ORDER BY id;

-- name: PlayerTeams :many
-- A view over an outer join: its nullable side stays nullable.
SELECT id, score, team FROM player_teams ORDER BY id;

-- name: Ranked :many
SELECT id, score, place
FROM (WITH ranked AS (SELECT id, score, row_number() OVER (ORDER BY score DESC, id) AS place FROM players)
      SELECT * FROM ranked) r
ORDER BY place;

-- name: Countdown :many
WITH RECURSIVE r(n, step) AS (
  SELECT 3, NULL::int
  UNION ALL
  SELECT n - 1, n FROM r WHERE n > 1
)
SELECT n, n * 2 AS doubled, step FROM r ORDER BY n DESC;

-- name: Expressions :many
SELECT p.id,
       coalesce(p.rating, 0) AS rating_or_zero,
       p.score::bigint AS big_score,
       CAST(p.score AS double precision) AS real_score,
       p.score + coalesce(p.rating, 0) AS combined,
       CASE WHEN p.rating > 5 THEN true ELSE false END AS good,
       CASE WHEN p.rating > 5 THEN 1 END AS maybe_one,
       EXISTS (SELECT 1 FROM teams t WHERE t.id = p.team_id) AS has_team,
       p.rating + 1 AS next_rating,
       length(p.name) AS name_length
FROM players p
ORDER BY p.id;

-- name: PlayerTeam :many
SELECT p.id, t.id AS team, coalesce(t.id, -1) AS team_or_none
FROM players p LEFT JOIN teams t ON t.id = p.team_id
ORDER BY p.id;
