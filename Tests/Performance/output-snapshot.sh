#!/usr/bin/env bash
# Writes every output of every command, in every format, for the example workspace and for a
# generated workspace (MEGABYTES, default 10, seed 7), into OUT/example and OUT/generated — so a
# refactoring can prove it changed no byte:
#   Tests/Performance/output-snapshot.sh BINARY OUT      (before, then after)
#   diff -r --exclude='*-pdf.file' OUT-before OUT-after   (Cairo dates every PDF)
# Exit codes and standard error are kept too (OUT/…/NAME.status, NAME.stderr).
set -uo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
binary="$(realpath "$1")"
out="$(realpath -m "$2")"
rm -rf "$out" && mkdir -p "$out"
megabytes="${MEGABYTES:-10}"
# Outside OUT: the outputs must not land in the workspace they are taken from.
generated="$(mktemp -d)/workspace"
# The generator is blueprint-bench's, built beside BINARY (a binary from before it moved there
# has its own `generate`).
bench="$(dirname "$binary")/blueprint-bench"
if [ -x "$bench" ]; then generate=("$bench" generate); else generate=("$binary" generate); fi
"${generate[@]}" --megabytes "$megabytes" --seed 7 -o "$generated" > /dev/null 2>&1 || { echo "cannot generate with ${generate[*]}" >&2; exit 2; }

# run NAME ARGS…: stdout to NAME.out; a "{}" argument becomes a path NAME.file to write to.
run() {
  local name="$1"; shift
  local args=()
  for arg in "$@"; do args+=("${arg//\{\}/$dir/$name.file}"); done
  "$binary" "${args[@]}" > "$dir/$name.out" 2> "$dir/$name.stderr"
  echo $? > "$dir/$name.status"
  # Paths of this run's folder would differ between runs: written relative.
  sed -i "s#$dir/##g; s#$out/##g; s#$generated/##g" "$dir/$name.stderr" "$dir/$name.out"
}

# snapshot NAME WORKSPACE: every output for WORKSPACE into OUT/NAME.
snapshot() {
  local workspace="$2"
  dir="$out/$1"
  mkdir -p "$dir"
  cd "$workspace" || exit 2
  for format in text json sarif; do run "check-$format" check --color never --format "$format"; done
  for format in text json sarif; do run "stories-check-$format" stories check --color never --format "$format"; done
  for format in text json csv; do run "coverage-$format" coverage --format "$format"; done
  for format in text json csv; do run "research-summary-$format" research summary --format "$format"; done
  for format in text json markdown; do run "rules-$format" rules --format "$format"; done
  for format in jira-csv github gherkin markdown json; do run "export-$format" export backlog --format "$format" -o "{}"; done
  run schema schema
  run report report -o "{}"
  run research-export research export --redact -o "{}"
  run research-export-k3 research export --redact --k 3 -o "{}"
  run codebook research codebook --format qdc -o "{}"
  run render-all render --all -o "{}"
  run render-trace-dot render trace --format dot -o "{}"
  # Each blueprint in every format, the first two blueprints' traces, a comparison.
  local ids
  ids=$(find . -name '*.yaml' -not -path './.build*' -not -path './Tests/*' -not -path './Fuzz/*' -print0 |
        xargs -0 grep -l '^kind: blueprint' | sort | head -4 | xargs -n1 awk '/^id:/ {print $2; exit}')
  for id in $ids; do
    for format in dot svg png pdf; do run "render-$id-$format" render "$id" --format "$format" -o "{}"; done
    for format in text json; do run "trace-$id-$format" trace "$id" --format "$format"; done
    run "render-trace-$id-svg" render trace "$id" --format svg -o "{}"
  done
  set -- $ids
  if [ $# -ge 2 ]; then
    for format in text json; do run "compare-$format" compare "$1" "$2" --format "$format"; done
  fi
}

snapshot example "$here"
snapshot generated "$generated"
rm -rf "$(dirname "$generated")"
echo "wrote $(find "$out" -type f | wc -l) files to $out"
