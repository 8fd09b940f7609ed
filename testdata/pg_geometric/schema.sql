-- The geometric types (pgjdbc's PGpoint... classes) and functions that return void.
CREATE TABLE shapes (
  id     serial PRIMARY KEY,
  pt     point,
  ln     line,
  seg    lseg,
  bx     box,
  pth    path,
  poly   polygon,
  circ   circle,
  pts    point[],
  bxs    box[],
  paths  path[],
  polys  polygon[],
  origin point NOT NULL DEFAULT point(0, 0)
);

CREATE TABLE touches (n int4 NOT NULL);

CREATE FUNCTION touch(n int4) RETURNS void LANGUAGE sql AS $$ INSERT INTO touches VALUES (n) $$;
