#!/bin/sh
# Fails every call: a broken request, as protoc's plugins report one.
echo "mydb-engine: reading request" >&2
echo "mydb-engine: fatal: unsupported dialect option 'strict'" >&2
exit 2
