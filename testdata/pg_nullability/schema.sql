CREATE TABLE teams (
  id bigint PRIMARY KEY,
  name text NOT NULL,
  budget numeric
);

CREATE TABLE players (
  id bigint PRIMARY KEY,
  team_id bigint REFERENCES teams (id),
  name text NOT NULL,
  score int NOT NULL,
  rating int,
  active boolean NOT NULL DEFAULT true
);

CREATE VIEW active_players AS
  SELECT id, team_id, score, rating, score * 10 AS points FROM players WHERE active;

CREATE VIEW player_teams AS
  SELECT p.id, p.score, t.id AS team FROM players p LEFT JOIN teams t ON t.id = p.team_id;
