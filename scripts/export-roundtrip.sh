#!/usr/bin/env bash
# From notebook to program, checked end to end: exports notebooks with `folio export --swift`,
# builds the programs with `swift build` (Folio is compiled a second time, as their dependency:
# minutes), runs each, runs each notebook with `folio run` with the same params, and compares the
# two reports (HTML, executed Markdown, every SVG) byte for byte apart from run times and dates,
# and the progress lines both print.
#
#   scripts/export-roundtrip.sh [-p key=value ...] NOTEBOOK...
#   scripts/export-roundtrip.sh -p epochs=2 notebooks/quickstart.md
#   scripts/export-roundtrip.sh --all      # every tutorial and Tests/Export/*.md, on the 5k set with small params (minutes)
#
# Each notebook is exported as its own package (as a user gets it), and the programs are then
# built together in one package of the same sources (.build/export-roundtrip/programs), so Folio
# is compiled once for all of them and a second run only rebuilds what changed. A param is passed
# only to the notebooks that declare it. FOLIO=path/to/folio picks the folio binary.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
params=(); notebooks=()
while [ $# -gt 0 ]; do
  case "$1" in
    -p) params+=("$2"); shift 2 ;;
    --all) params+=(epochs=1 limit=1000 vggEpochs=1 fashionEpochs=1); notebooks+=(notebooks/*.md Tests/Export/*.md); shift ;;
    *) notebooks+=("$1"); shift ;;
  esac
done
[ ${#notebooks[@]} -gt 0 ] || notebooks=(notebooks/quickstart.md)
folio="${FOLIO:-$root/.build/debug/folio}"
[ -x "$folio" ] || swift build --product folio
work="$root/.build/export-roundtrip"
programs="$work/programs"
mkdir -p "$programs/Sources"

for notebook in "${notebooks[@]}"; do
  name="$(basename "$notebook" .md)"
  "$folio" export "$notebook" --swift "$work/$name" --folio-path "$root"
  program="$(sed -n 's/.*executableTarget(name: "\([^"]*\)".*/\1/p' "$work/$name/Package.swift")"
  rm -rf "$programs/Sources/$program"
  cp -R "$work/$name/Sources/$program" "$programs/Sources/$program"
done
"$root/scripts/export-programs-package.sh" "$root" "$programs"

echo "export-roundtrip: building ${#notebooks[@]} exported program(s) (Folio is compiled again as their dependency)" >&2
start=$SECONDS
: >"$work/build.log"
for notebook in "${notebooks[@]}"; do
  product="$(sed -n 's/.*executableTarget(name: "\([^"]*\)".*/\1/p' "$work/$(basename "$notebook" .md)/Package.swift")"
  swift build --package-path "$programs" --product "$product" >>"$work/build.log" 2>&1 || { grep -E "error:" "$work/build.log" | head -40 >&2; exit 1; }
done
echo "export-roundtrip: built in $((SECONDS - start)) s" >&2

# Run times, dates and the closing summary line are the only things allowed to differ (a time
# may change its unit, "850 ms" / "1.02 s", and "ok in 1.02 s" is printed only for a cell that
# took a second or more). `folio run` also says in each cell header's tooltip why the cell ran
# (`title="ran: --no-cache"`, from its cache); a program has no cache, so it has no such reason.
# A history table's last column is each epoch's run time in seconds (two decimals).
normalize() {
  sed -E -e '/^      ok in [0-9.]+ s$/d' -e 's/(&lt;)?[0-9]+([.,][0-9]+)? (s|ms|seconds)\b/TIME/g' \
         -e 's#<td class="num">[0-9]+\.[0-9]{2}</td></tr>#<td class="num">SECONDS</td></tr>#' -e 's/\| [0-9]+\.[0-9]{2} \|$/| SECONDS |/' \
         -e 's/<div class="cell-head" title="[^"]*">/<div class="cell-head">/g' \
         -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9:]{5,8}( ?UTC|Z|[+-][0-9:]+)?/DATE/g' "$1"
}
status=0
for notebook in "${notebooks[@]}"; do
  name="$(basename "$notebook" .md)"
  program="$(sed -n 's/.*executableTarget(name: "\([^"]*\)".*/\1/p' "$work/$name/Package.swift")"
  run_params=(); program_params=()
  for kv in ${params[@]+"${params[@]}"}; do
    if grep -q "^  ${kv%%=*}:" "$notebook"; then run_params+=(-p "$kv"); program_params+=("--${kv%%=*}" "${kv#*=}"); fi
  done
  rm -rf "$work/$name-run" "$work/$name-program"
  start=$SECONDS
  "$folio" run "$notebook" ${run_params[@]+"${run_params[@]}"} --no-cache --output "$work/$name-run" 2>"$work/$name-run.log" || true
  run_seconds=$((SECONDS - start)); start=$SECONDS
  "$programs/.build/debug/$program" ${program_params[@]+"${program_params[@]}"} --output "$work/$name-program" 2>"$work/$name-program.log" || true
  echo "export-roundtrip: $notebook: folio run $run_seconds s, the exported program $((SECONDS - start)) s (debug build)" >&2
  same=1
  for file in $(cd "$work/$name-run" && find . -type f | sort); do
    if [ ! -f "$work/$name-program/$file" ]; then echo "export-roundtrip: the program wrote no $file" >&2; same=0; continue; fi
    if ! diff <(normalize "$work/$name-run/$file") <(normalize "$work/$name-program/$file") >"$work/$name-diff.txt"; then
      echo "export-roundtrip: $file differs:" >&2; head -20 "$work/$name-diff.txt" >&2; same=0
    fi
  done
  extra="$(cd "$work/$name-program" && find . -type f | sort | while read -r f; do [ -f "$work/$name-run/$f" ] || echo "$f"; done)"
  [ -z "$extra" ] || { echo "export-roundtrip: the program wrote files folio run did not: $extra" >&2; same=0; }
  if ! diff <(grep -v ' -> ' "$work/$name-run.log" | normalize /dev/stdin) <(grep -v ' -> ' "$work/$name-program.log" | normalize /dev/stdin) >"$work/$name-diff.txt"; then
    echo "export-roundtrip: the printed progress differs:" >&2; head -20 "$work/$name-diff.txt" >&2; same=0
  fi
  if [ $same -eq 1 ]; then
    echo "export-roundtrip: $notebook — same report and same progress as folio run" >&2
  else
    status=1
  fi
done
exit $status
