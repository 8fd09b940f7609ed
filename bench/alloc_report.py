#!/usr/bin/env python3
"""Prints JMH's GC profiler result (-prof gc) as Markdown: bytes allocated per operation, each
variant against hand-written JDBC. Allocation per operation does not move with the machine's load
the way times do, so it can show a 5% difference where a time on 2 shared cores cannot."""
import json
import sys
from collections import defaultdict


def main():
    with open(sys.argv[1]) as f:
        runs = json.load(f)
    alloc = defaultdict(dict)
    for r in runs:
        norm = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
        if not norm:
            continue
        op = r["benchmark"].rsplit(".", 1)[-1]
        alloc[(op, r["params"].get("db", "postgresql"))][r["params"]["api"]] = (float(norm["score"]), float(norm["scoreError"]) if norm["scoreError"] != "NaN" else 0.0)
    apis = [a for a in ("generated", "jdbc", "jdbi", "jooq") if any(a in v for v in alloc.values())]
    print("| operation | database | " + " | ".join(f"{a} B/op" for a in apis) + " | " + " | ".join(f"{a} / jdbc" for a in apis if a != "jdbc") + " |")
    print("|---|---|" + "---|" * (2 * len(apis) - 1))
    for (op, db), v in sorted(alloc.items()):
        cells = [f"{v[a][0]:,.0f} ± {v[a][1]:,.0f}" if a in v else "–" for a in apis]
        ratios = [f"{v[a][0] / v['jdbc'][0]:.3f}" if a in v and "jdbc" in v else "–" for a in apis if a != "jdbc"]
        print(f"| {op} | {db} | " + " | ".join(cells) + " | " + " | ".join(ratios) + " |")


if __name__ == "__main__":
    main()
