#!/usr/bin/env python3
"""Writes a synthetic sqlj project: TABLES tables, QUERIES queries spread over the tables.

usage: synth.py DIR ENGINE QUERIES [BLOCKS] [--class-per-file]
  ENGINE  sqlite | postgresql | mysql
  BLOCKS  how many sql blocks to split the queries into (default 1); each block gets the whole
          schema, its share of the query files and its own output package
  --class-per-file  one queries class per query file (class_per_file: true); needed above ~5,000
          queries in a block, since one class has room for about 5,000 queries' constants
The same seed-free recipe every time, so runs are comparable.
"""
import os
import sys

TABLES = 50
QUERIES_PER_FILE = 25


def schema(engine):
    key = {"sqlite": "INTEGER PRIMARY KEY", "postgresql": "BIGSERIAL PRIMARY KEY",
           "mysql": "BIGINT AUTO_INCREMENT PRIMARY KEY"}[engine]
    real = {"sqlite": "REAL", "postgresql": "DOUBLE PRECISION", "mysql": "DOUBLE"}[engine]
    out = []
    for t in range(TABLES):
        parent = f",\n  parent_id  BIGINT REFERENCES t{t - 1} (id)" if t > 0 else ""
        out.append(f"""CREATE TABLE t{t} (
  id         {key},
  name       TEXT NOT NULL,
  note       TEXT,
  amount     BIGINT NOT NULL,
  score      {real},
  created_at TEXT NOT NULL{parent}
);
""")
    return "\n".join(out)


def query(i):
    t = i % TABLES
    p = max(t - 1, 0)
    kind = (i // TABLES) % 6
    n = f"Q{i}"
    if kind == 0:
        return f"-- name: Get{n} :one\nSELECT id, name, note, amount, score FROM t{t} WHERE id = @id;\n"
    if kind == 1:
        return (f"-- name: List{n} :many\nSELECT id, name, amount FROM t{t} WHERE amount > @min_amount "
                f"ORDER BY id LIMIT @lim;\n")
    if kind == 2:
        return (f"-- name: Insert{n} :exec\nINSERT INTO t{t} (name, note, amount, score, created_at) "
                f"VALUES (@name, @note, @amount, @score, @created_at);\n")
    if kind == 3:
        return f"-- name: Rename{n} :execrows\nUPDATE t{t} SET name = @name WHERE id = @id;\n"
    if kind == 4:
        join = "JOIN" if t > 0 else "LEFT JOIN"
        on = "b.id = a.parent_id" if t > 0 else "b.id = a.id"
        return (f"-- name: Join{n} :many\nSELECT a.id, a.name, b.name AS other_name FROM t{t} a "
                f"{join} t{p} b ON {on} WHERE a.amount = @amount ORDER BY a.id;\n")
    return f"-- name: Count{n} :one\nSELECT count(*) AS n, max(amount) AS top FROM t{t} WHERE note IS NULL;\n"


def main():
    args = [a for a in sys.argv[1:] if a != "--class-per-file"]
    class_per_file = len(args) < len(sys.argv) - 1
    if len(args) not in (3, 4):
        sys.exit(__doc__)
    root, engine, count = args[0], args[1], int(args[2])
    blocks = int(args[3]) if len(args) == 4 else 1
    if engine not in ("sqlite", "postgresql", "mysql"):
        sys.exit(f"synth.py: unknown engine {engine!r}; use sqlite, postgresql or mysql")
    os.makedirs(os.path.join(root, "queries"), exist_ok=True)
    with open(os.path.join(root, "schema.sql"), "w") as f:
        f.write(schema(engine))
    files = []
    for start in range(0, count, QUERIES_PER_FILE):
        name = f"queries/q{start // QUERIES_PER_FILE:04d}.sql"
        with open(os.path.join(root, name), "w") as f:
            f.write("\n".join(query(i) for i in range(start, min(start + QUERIES_PER_FILE, count))))
        files.append(name)
    lines = ['version: "1"', "sql:"]
    for b in range(blocks):
        mine = files[b::blocks]
        lines += [f"  - engine: {engine}", "    schema: schema.sql", "    queries:"]
        lines += [f"      - {name}" for name in mine]
        lines += ["    codegen:", "      - plugin: java", "        out: out", "        options:",
                  f"          package: bench.synth.b{b}"]
        if class_per_file:
            lines.append("          class_per_file: true")
    with open(os.path.join(root, "sqlj.yaml"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
