#!/usr/bin/env python3
"""Summarizes generator.sh runs (results.tsv) as Markdown: medians, and the 5,000/1,000 ratio."""
import re
import statistics
import sys
from collections import defaultdict

PHASES = [
    ("sqlj JVM start", r"sqlj jvm start to generate$"),
    ("config+read", r"^(config|sql\[\d+\] read and split)$"),
    ("engine JVM start", r"engine parse-batch: jvm-start-to-main$"),
    ("engine schema/server", r"engine parse-batch: open-session-and-load-schema$"),
    ("resolution", r"engine parse-batch: (read-request|resolve-\d+-queries|write-response)$"),
    ("engine stop", r"engine parse-batch: close-session$"),
    ("codegen", r"sql\[\d+\] codegen java$"),
    ("write", r"^write$"),
]
LINE = re.compile(r"^sqlj: timing\s+([\d.]+) ms  (.*)$")


def run(log, timefile):
    phases = defaultdict(float)
    files = 0
    with open(log) as f:
        for line in f:
            m = LINE.match(line.rstrip("\n"))
            if m:
                for label, pattern in PHASES:
                    if re.search(pattern, m.group(2)):
                        # blocks run side by side: report the slowest block's phase, not the sum
                        phases[label] = max(phases[label], float(m.group(1))) if "sql[" in m.group(2) \
                            else phases[label] + float(m.group(1))
            elif "files written" in line:
                files = int(line.split()[0])
    with open(timefile) as f:
        t = dict(kv.split("=") for kv in f.read().split())
    cpu = float(t.get("user", "nan")) + float(t.get("sys", "nan"))
    return float(t["wall"]), int(t["maxrss_kb"]) / 1024, files, phases, cpu


def main():
    groups = defaultdict(list)
    with open(sys.argv[1]) as f:
        for line in f:
            engine, n, blocks, log, timefile = line.rstrip("\n").split("\t")
            groups[(engine, int(n), int(blocks))].append(run(log, timefile))
    labels = [label for label, _ in PHASES]
    print("| engine | queries | blocks | files | wall s (median, min–max) | user+sys CPU s | peak RSS MB | "
          + " | ".join(label + " ms" for label in labels) + " |")
    print("|---" * (7 + len(labels)) + "|")
    medians = {}
    for key in sorted(groups, key=lambda k: (k[0], k[2], k[1])):
        runs = groups[key]
        walls = [r[0] for r in runs]
        med = statistics.median(walls)
        medians[key] = med
        cells = [f"{statistics.median(r[3][label] for r in runs):.0f}" for label in labels]
        print(f"| {key[0]} | {key[1]} | {key[2]} | {runs[0][2]} | {med:.2f} ({min(walls):.2f}–{max(walls):.2f}) | "
              f"{statistics.median(r[4] for r in runs):.2f} | "
              f"{max(r[1] for r in runs):.0f} | " + " | ".join(cells) + " |")
    print()
    for (engine, n, blocks), med in sorted(medians.items()):
        if n == 5000 and (engine, 1000, blocks) in medians:
            base = medians[(engine, 1000, blocks)]
            print(f"- {engine}, {blocks} block(s): 5,000 / 1,000 queries = {med / base:.2f}× the time "
                  f"(linear would be 5.00×)")


if __name__ == "__main__":
    main()
