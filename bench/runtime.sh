#!/usr/bin/env bash
# Runtime benchmark: checks the generated code in bench/src is current, builds the JMH jar and
# runs it, then prints the ratios of docs/performance.md. JMH_OPTS replaces the run settings;
# extra arguments (benchmark patterns, -p) go to JMH too, e.g.
#   bench/runtime.sh                                   # all of it: about 8 minutes on 2 cores
#   JMH_OPTS="-f 3 -wi 5 -i 10 -w 1s -r 2s" bench/runtime.sh 'pointSelect|list100'
#   bench/runtime.sh 'pointSelect' -p db=sqlite
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
[ -f sqlj-cli/target/sqlj.jar ] || mvn -q -o -DskipTests package -pl sqlj-cli -am
./sqlj verify -f bench/sqlj.yaml
mvn -q -o -Pbench -pl bench -am package -DskipTests
# shellcheck disable=SC2086 # JMH_OPTS is a list of options
java -jar bench/target/benchmarks.jar ${JMH_OPTS:--f 1 -wi 3 -i 5 -w 1s -r 1s} -rf json -rff bench/target/jmh.json "$@" \
  | tee bench/target/jmh.txt
python3 bench/jmh_report.py bench/target/jmh.json
