#!/bin/sh
# Prints far more than any answer: sqlj must stop it instead of filling its heap.
[ "$1" = info ] && exit 1
cat > /dev/null
head -c 100000000 /dev/zero
