#!/bin/sh
# Never answers, and starts a child that never ends either: sqlj must kill the whole tree.
# $1 is where to record the process ids, outside the project.
[ "$2" = info ] && exit 1
sleep 600 &
echo $! > "$1"
echo $$ >> "$1"
sleep 600
