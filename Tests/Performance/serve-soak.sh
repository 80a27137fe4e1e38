#!/usr/bin/env bash
# Soak test of `blueprint serve`: rewrites a file REBUILDS times, waits for each rebuild, and
# prints the server's resident memory every 50 rebuilds. A benchmark, not a test: run it by hand
# and record the figures in docs/PERFORMANCE.md.
#   Tests/Performance/serve-soak.sh [BINARY] [REBUILDS] [WORKSPACE]
# With SOAK_EDIT=text every other save also changes the text of the file's first step, so its
# diagram (and the traces through it) are laid out again: the worst case for Graphviz's leak.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
binary="$(realpath "${1:-$here/.build/release/blueprint}")"
rebuilds="${2:-1000}"
source="$(realpath "${3:-$here}")"
scratch="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$scratch"' EXIT
mkdir "$scratch/ws"
(cd "$source" && find . -name '*.yaml' -not -path './.build*' -not -path './Tests/*' -not -path './Fuzz/*' -print0 |
  tar --null -T - -cf -) | tar -xf - -C "$scratch/ws"
target="$(cd "$scratch/ws" && find . -name '*.yaml' -path '*blueprints*' | sort | head -1)"
cd "$scratch/ws"
"$binary" serve --port 0 2> "$scratch/log" &
server=$!
version() { grep -o 'version [0-9]*' "$scratch/log" | tail -1 | cut -d' ' -f2; }
until [ -n "$(version)" ]; do sleep 0.05; done
echo "rebuilds rss_kb   (workspace: $source, file rewritten: $target)"
original="$(cat "$target")"
for i in $(seq 1 "$rebuilds"); do
  before="$(version)"
  # Alternate two contents (sizes differ, so the watcher notices): each save is a full rebuild,
  # check and every diagram, whatever changed.
  if (( i % 2 )); then
    if [ "${SOAK_EDIT:-}" = text ]; then
      printf '%s\n' "$original" | awk -v n="$i" '!done && /^ *text: / { sub(/text: /, "text: (soak " n ") "); done = 1 } { print }' > "$target"
    else
      printf '%s\n# soak %d\n' "$original" "$i" > "$target"
    fi
  else
    printf '%s\n' "$original" > "$target"
  fi
  until [ "$(version)" != "$before" ]; do sleep 0.02; done
  if (( i == 1 || i % 50 == 0 )); then
    echo "$i $(awk '/VmRSS/ {print $2}' /proc/$server/status)"
  fi
done
