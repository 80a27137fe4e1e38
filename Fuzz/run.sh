#!/usr/bin/env bash
# Builds the fuzzer and runs it for a fixed time (default 60 s):  Fuzz/run.sh [SECONDS]
# The corpus starts from the example workspace and the bad-input corpus; crashes, hangs and
# memory blow-ups are written to Fuzz/artifacts/. Leak detection is off: lazily built globals
# (the schema, regexes) live for the whole process and would be reported at exit. Turn each into a regression fixture under
# Tests/BlueprintKitTests/Fixtures/fuzz-regressions/ (the tests check them all).
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
swift build -c release --product BlueprintFuzzer \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
mkdir -p corpus artifacts
cp -n ../blueprints/*.yaml ../blueprints/personas/*.yaml ../blueprints/stories/*.yaml ../research/*.yaml \
  ../research/notes/*.yaml ../templates/starter/blueprints/*.yaml \
  ../Tests/BlueprintKitTests/Fixtures/bad-input/*.yaml corpus/ 2>/dev/null || true
# Output paths for the output policy (each line of an input is also tried as an -o path).
printf '.\n..\nblueprints\nblueprints/a.yaml\nlink\nup/ws/blueprints\npipe\n/dev/null\n-\n../full\nBLUEPRINTS/../.\n/dev/fd/1\n' > corpus/output-paths
ASAN_OPTIONS=detect_leaks=0 .build/release/BlueprintFuzzer corpus -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
  -max_len=65536 -detect_leaks=0 -artifact_prefix=artifacts/ -print_final_stats=1
