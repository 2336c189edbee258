#!/usr/bin/env bash
# Builds the libFuzzer target for the ingest entry point (Fuzz/IngestFuzzer) outside SwiftPM:
# Ingest and Rules are compiled as modules with coverage and AddressSanitizer, then linked with
# the fuzz entry file. Output: .build/fuzz/ingest-fuzzer.
set -euo pipefail
cd "$(dirname "$0")/.."
out=.build/fuzz
mkdir -p "$out"
flags=(-O -g -parse-as-library -sanitize=fuzzer,address -I "$out")

module() {
  local name=$1 directory=$2
  find "$directory" -name '*.swift' | sort > "$out/$name.sources"
  swiftc "${flags[@]}" -module-name "$name" -wmo -emit-module -emit-module-path "$out/$name.swiftmodule" \
    -c -o "$out/$name.o" $(cat "$out/$name.sources")
}

module Ingest Sources/Ingest
module Rules Sources/Rules
swiftc "${flags[@]}" -module-name IngestFuzzer Fuzz/IngestFuzzer/main.swift "$out/Ingest.o" "$out/Rules.o" \
  -use-ld=lld -o "$out/ingest-fuzzer"
echo "$out/ingest-fuzzer"
