#!/usr/bin/env bash
# From notebook to program, checked end to end: exports a notebook with `folio export --swift`,
# builds the package with `swift build` (it compiles Folio a second time, as a dependency: minutes),
# runs it, runs the notebook with `folio run` with the same params, and compares the two reports
# (HTML, executed Markdown, every SVG) byte for byte apart from run times and dates, and the
# progress lines both print.
#
#   scripts/export-roundtrip.sh [NOTEBOOK] [key=value ...]
#   scripts/export-roundtrip.sh notebooks/quickstart.md epochs=2
#
# The package is written to .build/export-roundtrip/NAME, so a second run only rebuilds what changed.
# FOLIO=path/to/folio picks the folio binary (default: .build/debug/folio, built if missing).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
notebook="${1:-notebooks/quickstart.md}"
shift || true
name="$(basename "$notebook" .md)"
folio="${FOLIO:-$root/.build/debug/folio}"
[ -x "$folio" ] || swift build --product folio
work="$root/.build/export-roundtrip"
package="$work/$name"
mkdir -p "$work"
rm -rf "$work/$name-run" "$work/$name-program"

run_params=(); program_params=()
for kv in "$@"; do run_params+=(-p "$kv"); program_params+=("--${kv%%=*}" "${kv#*=}"); done

"$folio" export "$notebook" --swift "$package"
program="$(sed -n 's/.*executableTarget(name: "\([^"]*\)".*/\1/p' "$package/Package.swift")"
echo "export-roundtrip: building $package (Folio is compiled again as its dependency)" >&2
start=$SECONDS
swift build --package-path "$package" --product "$program" >"$work/$name-build.log" 2>&1 || { tail -40 "$work/$name-build.log" >&2; exit 1; }
echo "export-roundtrip: built in $((SECONDS - start)) s" >&2

start=$SECONDS
"$folio" run "$notebook" ${run_params[@]+"${run_params[@]}"} --no-cache --output "$work/$name-run" 2>"$work/$name-run.log" || true
run_seconds=$((SECONDS - start)); start=$SECONDS
"$package/.build/debug/$program" ${program_params[@]+"${program_params[@]}"} --output "$work/$name-program" 2>"$work/$name-program.log" || true
program_seconds=$((SECONDS - start))
echo "export-roundtrip: folio run $run_seconds s, the exported program $program_seconds s (debug build)" >&2

# Run times, dates and the closing summary line are the only things allowed to differ.
normalize() {
  sed -E -e 's/[0-9]+([.,][0-9]+)? (s|ms|seconds)\b/T \2/g' \
         -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9:]{5,8}( ?UTC|Z|[+-][0-9:]+)?/DATE/g' \
         -e 's/ETA [0-9]+ s/ETA T s/g' "$1"
}
status=0
for file in $(cd "$work/$name-run" && find . -type f | sort); do
  if [ ! -f "$work/$name-program/$file" ]; then echo "export-roundtrip: the program wrote no $file" >&2; status=1; continue; fi
  if ! diff <(normalize "$work/$name-run/$file") <(normalize "$work/$name-program/$file") >"$work/$name-diff.txt"; then
    echo "export-roundtrip: $file differs:" >&2; head -20 "$work/$name-diff.txt" >&2; status=1
  fi
done
extra="$(cd "$work/$name-program" && find . -type f | sort | while read -r f; do [ -f "$work/$name-run/$f" ] || echo "$f"; done)"
[ -z "$extra" ] || { echo "export-roundtrip: the program wrote files folio run did not: $extra" >&2; status=1; }
# Progress: the cell and epoch lines, without folio run's own closing line.
if ! diff <(grep -v ' -> ' "$work/$name-run.log" | normalize /dev/stdin) <(grep -v ' -> ' "$work/$name-program.log" | normalize /dev/stdin) >"$work/$name-diff.txt"; then
  echo "export-roundtrip: the printed progress differs:" >&2; head -20 "$work/$name-diff.txt" >&2; status=1
fi
[ $status -eq 0 ] && echo "export-roundtrip: $notebook — the exported program wrote the same report and printed the same progress as folio run" >&2
exit $status
