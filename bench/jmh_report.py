#!/usr/bin/env python3
"""Prints the JMH results (jmh.json) as Markdown: µs/op ± error, and each variant's ratio to the
generated code, with the ratio's own error from the two scores' errors."""
import json
import sys
from collections import defaultdict


def main():
    with open(sys.argv[1]) as f:
        runs = json.load(f)
    score = defaultdict(dict)
    for r in runs:
        bench = r["benchmark"].rsplit(".", 2)
        op = bench[-1] if bench[-2] == "OperationsBenchmark" else "batchInsert1000 (copy)"
        db = r["params"].get("db", "postgresql")
        m = r["primaryMetric"]
        error = float(m["scoreError"])  # "NaN" with a single iteration
        score[(op, db)][r["params"]["api"]] = (float(m["score"]), 0.0 if error != error else error)
    print("| operation | database | generated µs | JDBC µs | JDBI µs | jOOQ µs | generated / JDBC | JDBI / generated | jOOQ / generated |")
    print("|---|---|---|---|---|---|---|---|---|")
    for (op, db), apis in sorted(score.items()):
        gen = apis.get("generated")
        cell = lambda api: f"{apis[api][0]:.1f} ± {apis[api][1]:.1f}" if api in apis else "–"
        def ratio(a, b):
            if a not in apis or b not in apis:
                return "–"
            (x, dx), (y, dy) = apis[a], apis[b]
            r = x / y
            return f"{r:.3f} ± {r * ((dx / x) ** 2 + (dy / y) ** 2) ** 0.5:.3f}"
        extra = f" (copyfrom: {cell('generated_copyfrom')})" if "generated_copyfrom" in apis else ""
        print(f"| {op} | {db} | {cell('generated')}{extra} | {cell('jdbc')} | {cell('jdbi')} | {cell('jooq')} | "
              f"{ratio('generated', 'jdbc')} | {ratio('jdbi', 'generated')} | {ratio('jooq', 'generated')} |")


if __name__ == "__main__":
    main()
