#!/usr/bin/env bash
# Regenerates gen/ from the one engine.proto, with protoc (from Maven Central, as the Java build
# gets it) and protoc-gen-es (a devDependency). Run after `npm install --no-save` (with the dev dependencies; protoc-gen-es needs Node 22); commit the result.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="$here/../.."
version=4.32.1
protoc="$HOME/.m2/repository/com/google/protobuf/protoc/$version/protoc-$version-linux-x86_64.exe"
if [ ! -x "$protoc" ]; then
  (cd "$root" && mvn -q dependency:get -Dartifact="com.google.protobuf:protoc:$version:exe:linux-x86_64")
  chmod +x "$protoc"
fi
"$protoc" \
  --plugin=protoc-gen-es="$here/node_modules/.bin/protoc-gen-es" \
  --es_out="$here/gen" --es_opt=target=js+dts,import_extension=js \
  -I "$root/sqlj-engine-proto/src/main/proto" \
  sqlj/engine/v1/engine.proto
