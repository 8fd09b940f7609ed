#!/bin/sh
# Answers every parse with the bytes of response.bin in the config's folder (made by the test
# from response.txtpb, protobuf text format).
[ "$1" = info ] && exit 1
cat > /dev/null
cat response.bin
