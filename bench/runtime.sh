#!/usr/bin/env bash
# Runtime benchmark: checks the generated code in bench/src is current, builds the JMH jar and
# runs it, then prints the ratios of docs/performance.md. Extra arguments go to JMH, e.g.
#   bench/runtime.sh                       # all of it: about 8 minutes on 2 cores
#   bench/runtime.sh -f 2 -i 10            # tighter error bars, twice as long and more
#   bench/runtime.sh 'pointSelect' -p db=sqlite
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
[ -f sqlj-cli/target/sqlj.jar ] || mvn -q -o -DskipTests package -pl sqlj-cli -am
./sqlj verify -f bench/sqlj.yaml
mvn -q -o -Pbench -pl bench -am package -DskipTests
java -jar bench/target/benchmarks.jar -f 1 -wi 3 -i 5 -w 1s -r 1s -rf json -rff bench/target/jmh.json "$@" \
  | tee bench/target/jmh.txt
python3 bench/jmh_report.py bench/target/jmh.json
