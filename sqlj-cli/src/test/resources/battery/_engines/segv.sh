#!/bin/sh
# Crashes with a segmentation fault.
[ "$1" = info ] && exit 1
echo "about to crash" >&2
kill -SEGV $$
