CREATE TABLE ${flyway:defaultSchema}.authors (
  id   bigserial PRIMARY KEY,
  name text NOT NULL,
  region text NOT NULL DEFAULT '${region}'
);
GRANT SELECT ON ${flyway:defaultSchema}.authors TO ${flyway:user};
