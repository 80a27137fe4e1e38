#!/usr/bin/env bash
# Whole-process `blueprint check` against raw libyaml run as a process of its own
# (yaml_baseline.c beside this script), on the same folder, interleaved A B A B, RUNS times
# (default 5). Prints the median and min–max of wall and CPU (user+sys) for each, their ratio
# (libyaml / check: the throughput ratio), and check's peak RSS (GNU time's maximum resident set).
#   Tests/Performance/check-vs-libyaml.sh .build/release/blueprint WORKSPACE [RUNS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
binary="$(realpath "$1")"; workspace="$(realpath "$2")"; runs="${3:-5}"
baseline="$(mktemp -d)/yaml_baseline"
cc -O2 -I "$here/../../Sources/YAMLBaseline/include" -o "$baseline" "$here/yaml_baseline.c" "$here/../../Sources/YAMLBaseline/YAMLBaseline.c" -lyaml
log="$(mktemp)"
# one NAME COMMAND…: appends "NAME wall cpu maxrss_kb" to the log.
one() {
  local name="$1"; shift
  /usr/bin/time -f "$name %e %U %S %M" -o "$log.t" "$@" > /dev/null 2>&1 || true
  awk '{ printf "%s %s %.2f %s\n", $1, $2, $3 + $4, $5 }' "$log.t" >> "$log"
}
cd "$workspace"
for _ in $(seq "$runs"); do
  one libyaml "$baseline" .
  one check "$binary" check --color never
done
bytes=$(find . -mindepth 1 -name '.*' -prune -o \( -iname '*.yaml' -o -iname '*.yml' \) -type f -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
python3 - "$log" "$bytes" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
size = int(sys.argv[2])
def col(name, i): return sorted(float(r[i]) for r in rows if r[0] == name)
def show(v): return f"{statistics.median(v):.2f} ({v[0]:.2f}–{v[-1]:.2f})"
print(f"input {size / 1e6:.1f} MB, {len(col('check', 1))} runs each, interleaved")
for name in ("libyaml", "check"):
    print(f"{name:8} wall {show(col(name, 1))} s  cpu {show(col(name, 2))} s  max RSS {statistics.median(col(name, 3)) / 1024:.0f} MB")
for i, what in ((1, "wall"), (2, "cpu")):
    print(f"check / libyaml throughput ({what}): {statistics.median(col('libyaml', i)) / statistics.median(col('check', i)):.3f}x")
rss = statistics.median(col('check', 3)) * 1024
print(f"check: {rss / size:.2f} bytes resident per input byte ({(rss - 23e6) / size:.2f} past a fixed 23 MB)")
PY
rm -f "$log" "$log.t"
