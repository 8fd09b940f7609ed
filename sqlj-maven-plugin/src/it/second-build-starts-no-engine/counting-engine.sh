#!/bin/sh
# A minimal engine that records each start in engine-starts.log. It fails `info`, so sqlj asks
# `parse` once per query; every answer is the same statement without parameters or columns.
echo "$1" >> engine-starts.log
if [ "$1" = parse ]; then
  cat > /dev/null
  printf '\n\015DELETE FROM t'
  exit 0
fi
exit 1
