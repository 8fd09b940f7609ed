#!/usr/bin/env python3
"""sqlj lsp latency: the time from a didChange that changes one query of a 500-query SQLite file
until that file's new diagnostics arrive. Usage: bench/lsp.py [QUERIES] [ROUNDS]

Writes a project under bench/target/lsp/ (50 tables, QUERIES queries in one queries.sql), starts
`./sqlj lsp`, opens the file, waits for the first check, then ROUNDS times changes one query
(alternately breaking a column name and fixing it, in a different query each round) and times
each change until its diagnostics are published. Between rounds it pauses (PAUSE seconds, 1.5 by
default: a user between edits), so codegen's second step of the previous change is not counted.
Prints min, median, p90 and max in ms.
"""
import json
import re
import os
import statistics
import subprocess
import sys
import time

home = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
queries_count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 40
pause = float(os.environ.get("PAUSE", "1.5"))
root = os.path.join(home, "bench", "target", "lsp")
os.makedirs(root, exist_ok=True)

with open(os.path.join(root, "sqlj.yaml"), "w") as f:
    f.write('version: "1"\nsql:\n  - engine: sqlite\n    schema: schema.sql\n    queries: queries.sql\n'
            '    codegen:\n      - plugin: java\n        out: out\n        options:\n          package: bench.lsp\n')
with open(os.path.join(root, "schema.sql"), "w") as f:
    for t in range(50):
        ref = f", prev_id INTEGER REFERENCES t{t - 1}(id)" if t else ""
        f.write(f"CREATE TABLE t{t} (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT, amount BIGINT NOT NULL,"
                f" ratio REAL{ref});\n")
kinds = [
    ("one", "SELECT id, name, note, amount FROM t{t} WHERE id = ?;"),
    ("many", "SELECT id, name FROM t{t} WHERE amount > ? ORDER BY id LIMIT 10;"),
    ("exec", "INSERT INTO t{t} (name, note, amount, ratio) VALUES (?, ?, ?, ?);"),
    ("execrows", "UPDATE t{t} SET note = ? WHERE id = ?;"),
    ("one", "SELECT count(*) AS n, max(amount) AS top FROM t{t} WHERE name = ?;"),
]
lines = []
for q in range(queries_count):
    command, sql = kinds[q % len(kinds)]
    lines.append(f"-- name: Q{q} :{command}\n{sql.format(t=q % 50)}\n")
text = "\n".join(lines)
with open(os.path.join(root, "queries.sql"), "w") as f:
    f.write(text)

log_path = os.path.join(root, "server.log")
server = subprocess.Popen([os.path.join(home, "sqlj"), "lsp"], cwd=root, stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, stderr=open(log_path, "w"),
                          env=dict(os.environ, SQLJ_TIMINGS="1"))


def send(message):
    body = json.dumps(message).encode()
    server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    server.stdin.flush()


def receive():
    headers = {}
    while True:
        line = server.stdout.readline()
        if not line:
            raise SystemExit("the server ended; see " + os.path.join(root, "server.log"))
        line = line.decode().strip()
        if not line:
            break
        key, value = line.split(":", 1)
        headers[key.lower()] = value.strip()
    return json.loads(server.stdout.read(int(headers["content-length"])))


uri = "file://" + os.path.join(root, "queries.sql")


def diagnostics_of_queries():
    while True:
        message = receive()
        if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
            return message["params"]["diagnostics"]


start = time.monotonic()
send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
      "params": {"processId": os.getpid(), "rootUri": "file://" + root, "capabilities": {},
                 "initializationOptions": {"debounceMs": 30}}})
while receive().get("id") != 1:
    pass
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "sql", "version": 1, "text": text}}})
first = diagnostics_of_queries()
print(f"first check of {queries_count} queries (server and engine JVM start included): "
      f"{(time.monotonic() - start) * 1000:.0f} ms, {len(first)} diagnostics")
diagnostics_of_queries()  # the didOpen's own check

times = []
version = 2
for r in range(rounds):
    time.sleep(pause)
    q = (r // 2 * 7) % queries_count
    broken = r % 2 == 0
    body = lines[:]
    if broken:
        body[q] = body[q].replace("SELECT id", "SELECT idd").replace("SET note", "SET nte").replace(
            "(name,", "(nme,").replace("count(*)", "count(nme)")
    changed = "\n".join(body)
    t0 = time.monotonic()
    send({"jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": changed}]}})
    version += 1
    while True:
        got = diagnostics_of_queries()
        if bool(got) == broken:
            break
    times.append((time.monotonic() - t0) * 1000)

times.sort()
print(f"didChange of one query in a {queries_count}-query file -> its diagnostics, {rounds} rounds "
      f"(debounce 30 ms included): min {times[0]:.0f} ms, median {statistics.median(times):.0f} ms, "
      f"p90 {times[int(len(times) * 0.9) - 1]:.0f} ms, max {times[-1]:.0f} ms")
send({"jsonrpc": "2.0", "id": 99, "method": "shutdown"})
send({"jsonrpc": "2.0", "method": "exit"})
server.wait(30)

# The server's own breakdown of each check (SQLJ_TIMINGS=1): the first two are the initial checks.
FIELDS = ["waited", "read+split", "engine round trip", "rest of the check", "publish", "total"]
checks = []
codegen = []
with open(log_path) as f:
    for line in f:
        if line.startswith("sqlj lsp: timing codegen"):
            codegen.append(float(re.search(r"([\d.]+) ms", line).group(1)))
        elif line.startswith("sqlj lsp: timing"):
            checks.append({k: float(re.search(re.escape(k) + r" ([\d.]+) ms", line).group(1)) for k in FIELDS})
checks = checks[2:]
if checks:
    print(f"inside the server, median of {len(checks)} checks (p90): " + ", ".join(
        f"{k} {statistics.median(c[k] for c in checks):.1f} ms ({sorted(c[k] for c in checks)[int(len(checks) * 0.9) - 1]:.1f})"
        for k in FIELDS))
    print(f"client-measured minus server total (JSON-RPC in and out, the client's own reading): median "
          f"{statistics.median(times) - statistics.median(c['total'] for c in checks):.1f} ms")
if codegen[2:]:
    print(f"codegen after each check (not in the figure above): median {statistics.median(codegen[2:]):.0f} ms")
try:
    with open("/proc/loadavg") as f:
        print("load average at the end: " + " ".join(f.read().split()[:3]))
except OSError:
    pass
