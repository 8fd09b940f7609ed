#!/usr/bin/env python3
"""Runs `sqlj compile` on sqlc's own end-to-end cases and tabulates what resolves.

sqlc's repository holds ~950 cases under internal/endtoend/testdata, each a folder with a
sqlc.json/sqlc.yaml, its schema and queries, and either sqlc's generated Go (the case
generates) or a stderr.txt (sqlc rejects it). This script copies each case of one engine,
without sqlc's output, into a scratch folder, runs `sqlj compile -f <config>` there, and
sorts the result into four classes:

  ok        sqlc generates, sqlj resolves every query
  fail      sqlc generates, sqlj reports an error        (a sqlj gap, or a case sqlj rejects on purpose)
  both-err  sqlc rejects, sqlj rejects too
  missed    sqlc rejects, sqlj resolves                   (an error sqlj lets pass)

Cases whose SQL and config are byte-identical, ignoring the Go driver options sql_package and
sql_driver (sqlc repeats most PostgreSQL cases for pgx/v4, pgx/v5 and stdlib), run once. Cases driven by exec.json (other sqlc commands, plugins) are
skipped.

    git -C <sqlc clone> ...   # any checkout of github.com/sqlc-dev/sqlc
    python3 bench/sqlc_endtoend.py --sqlc /work/.mirror/sqlc-dev+sqlc/repo --engine sqlite
    python3 bench/sqlc_endtoend.py --sqlc DIR --engine postgresql --filter 'alias|join' --jobs 2
    python3 bench/sqlc_endtoend.py ... --tsv /tmp/pg.tsv     # one line per case, first error

--sqlc may be a work tree or a bare git directory (read with git show).
"""

import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

CONFIG_NAMES = ("sqlc.json", "sqlc.yaml", "sqlc.yml")
ROOT = "internal/endtoend/testdata"


class Tree:
    """Files of the sqlc checkout: a work tree or a bare repository."""

    def __init__(self, path):
        self.path = path
        self.bare = not os.path.isdir(os.path.join(path, ROOT))
        if self.bare:
            out = subprocess.run(
                ["git", "-C", path, "ls-tree", "-r", "--name-only", "HEAD", ROOT],
                check=True, capture_output=True, text=True).stdout
            self.files = [f for f in out.splitlines()]
        else:
            self.files = []
            for d, _, names in os.walk(os.path.join(path, ROOT)):
                for n in names:
                    self.files.append(os.path.relpath(os.path.join(d, n), path))

    def read(self, rel):
        if self.bare:
            return subprocess.run(["git", "-C", self.path, "show", "HEAD:" + rel],
                                  check=True, capture_output=True).stdout
        with open(os.path.join(self.path, rel), "rb") as f:
            return f.read()


def engines_of(text, name):
    """The engines a config names (json or yaml; a regex is enough for sqlc's configs)."""
    return set(re.findall(r'engine["\']?\s*:\s*["\']?([a-z]+)', text))


def cases(tree, engine, pattern):
    by_dir = {}
    for f in tree.files:
        by_dir.setdefault(os.path.dirname(f), []).append(f)
    found = []
    for d, files in sorted(by_dir.items()):
        names = {os.path.basename(f) for f in files}
        config = next((c for c in CONFIG_NAMES if c in names), None)
        if config is None or "exec.json" in names:
            continue
        rel = os.path.relpath(d, ROOT)
        if pattern and not re.search(pattern, rel):
            continue
        text = tree.read(d + "/" + config).decode("utf-8", "replace")
        if engine not in engines_of(text, config):
            continue
        # the case's own files: everything under d except sqlc's generated output
        own = [f for f in tree.files if f.startswith(d + "/")
               and not re.search(r"\.go$|/go\.(mod|sum)$|\.(kt|py)$", f)]
        # and the .sql files beside its parent folders, which some configs name as ../../schema.sql
        up = os.path.dirname(d)
        while len(up) > len(ROOT):
            own += [f for f in by_dir.get(up, []) if f.endswith(".sql")]
            up = os.path.dirname(up)
        found.append((rel, d, config, own))
    return found


def expected_stderr(rel):
    """Whether a case's file is sqlc's expected error output for the default run: stderr.txt,
    stderr_linux.txt or stderr/base.txt (stderr/managed-db.txt is for sqlc's managed databases)."""
    return rel in ("stderr.txt", "stderr_linux.txt", "stderr/base.txt")


def run_case(tree, sqlj, case, timeout):
    rel, d, config, own = case
    work = tempfile.mkdtemp(prefix="sqlc-e2e-")
    try:
        expects_error = False
        here = os.path.join(work, rel)  # the case keeps its place under ROOT, for ../ paths
        for f in own:
            target = os.path.join(work, os.path.relpath(f, ROOT))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as out:
                out.write(tree.read(f))
            if expected_stderr(os.path.relpath(f, d)):
                expects_error = True
        start = time.monotonic()
        try:
            p = subprocess.run([sqlj, "compile", "-f", os.path.join(here, config)],
                               cwd=here, capture_output=True, text=True, timeout=timeout)
            code, out = p.returncode, (p.stderr + p.stdout)
        except subprocess.TimeoutExpired:
            code, out = -1, "timeout after %ds" % timeout
        took = time.monotonic() - start
        errors = [l for l in out.splitlines() if ": error:" in l or l.startswith("error")]
        first = (errors[0] if errors else out.strip().splitlines()[-1] if out.strip() else "")
        first = first.replace(here + "/", "").replace(work + "/", "").replace("\t", " ")
        if code == 0:
            verdict = "missed" if expects_error else "ok"
        else:
            verdict = "both-err" if expects_error else "fail"
        return rel, verdict, took, first
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sqlc", required=True, help="sqlc checkout (work tree or bare git dir)")
    ap.add_argument("--engine", required=True, choices=["postgresql", "mysql", "sqlite"])
    ap.add_argument("--sqlj", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sqlj"))
    ap.add_argument("--filter", help="regex on the case path")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--timeout", type=int, default=120)
    ap.add_argument("--tsv", help="write one line per case: path, verdict, seconds, first error")
    args = ap.parse_args()

    tree = Tree(args.sqlc)
    all_cases = cases(tree, args.engine, args.filter)
    seen, unique = {}, []
    for c in all_cases:
        h = hashlib.sha256()
        for f in sorted(c[3]):
            h.update(os.path.relpath(f, c[1]).encode())
            data = tree.read(f)
            if os.path.basename(f) in CONFIG_NAMES:
                # pgx/v4, pgx/v5 and stdlib copies differ only in the Go driver option
                data = re.sub(rb'(?m)^\s*"?sql_(package|driver)"?\s*:.*\n', b"", data)
            h.update(data)
        key = h.hexdigest()
        if key not in seen:
            seen[key] = c[0]
            unique.append(c)
    print("%d cases for %s, %d distinct" % (len(all_cases), args.engine, len(unique)), file=sys.stderr)

    results = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(run_case, tree, args.sqlj, c, args.timeout) for c in unique]
        for i, fut in enumerate(concurrent.futures.as_completed(futures), 1):
            r = fut.result()
            results.append(r)
            print("[%d/%d] %-8s %5.1fs %s  %s" % (i, len(unique), r[1], r[2], r[0], r[3][:160]),
                  file=sys.stderr)
    results.sort()
    if args.tsv:
        with open(args.tsv, "w") as f:
            for r in results:
                f.write("%s\t%s\t%.1f\t%s\n" % r)
    counts = {}
    for r in results:
        counts[r[1]] = counts.get(r[1], 0) + 1
    print("engine %s: %d distinct cases; ok %d, fail %d, both-err %d, missed %d" % (
        args.engine, len(results), counts.get("ok", 0), counts.get("fail", 0),
        counts.get("both-err", 0), counts.get("missed", 0)))


if __name__ == "__main__":
    main()
