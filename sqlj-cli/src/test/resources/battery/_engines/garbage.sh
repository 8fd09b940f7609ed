#!/bin/sh
# Answers with text, not a protobuf message.
[ "$1" = info ] && exit 1
cat > /dev/null
echo "Hello! I am not a ParseResponse, I am a friendly engine that speaks JSON: {\"ok\": true}"
