#!/usr/bin/env bash
# The language's differential programs through the exporter: each program of Tests/Differential
# that Folio runs as swiftc does (not in pending.txt) is made a notebook (a cell per
# `// MARK: cell`), exported with `folio export --script`, compiled as Swift on FolioKit (all in
# one executable, each program the body of its own function, as record-differential.sh compiles
# them), run, and its output compared with the .expected swiftc recorded. A program the exporter
# refuses (a located error) is counted, never compiled.
#
#   scripts/export-differential.sh            # every passing program
#   scripts/export-differential.sh 04         # the programs whose names start with 04
#
# It builds in .build/export-roundtrip/programs beside scripts/export-roundtrip.sh's programs, so
# Folio is compiled once for both.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
prefix="${1:-}"
folio="${FOLIO:-$root/.build/debug/folio}"
[ -x "$folio" ] || swift build --product folio
work="$root/.build/export-differential"
programs="$root/.build/export-roundtrip/programs"
rm -rf "$work"; mkdir -p "$work/notebooks" "$programs/Sources/differential"
main="$programs/Sources/differential/main.swift"
printf 'import Foundation\nimport FolioKit\n\n' >"$main"
list=""; exported=0; refused=0
for source in Tests/Differential/Programs/"$prefix"*.swift; do
  name="$(basename "$source" .swift)"
  grep -qx "$name\( *#.*\)\?" Tests/Differential/pending.txt && continue
  notebook="$work/notebooks/$name.md"
  { printf -- '---\ntitle: %s\n---\n\n```swift\n' "$name"
    sed 's|^[[:space:]]*// MARK: cell[[:space:]]*$|```\n\n```swift|' "$source"
    printf '```\n'; } >"$notebook"
  if ! "$folio" export "$notebook" --script "$work/$name.swift" 2>"$work/$name.refused"; then
    refused=$((refused + 1)); echo "export-differential: $name refused: $(grep -m1 'error' "$work/$name.refused")" >&2; continue
  fi
  exported=$((exported + 1))
  function="program_$(echo "$name" | tr -c 'A-Za-z0-9\n' '_')"
  { echo "func $function() throws {"; sed '1,/^import FolioKit$/d' "$work/$name.swift"; echo "}"; echo; } >>"$main"
  list+="    (\"$name\", $function),
"
done
cat >>"$main" <<SWIFT
let programs: [(String, () throws -> Void)] = [
$list]
for (name, program) in programs {
    print("=== \(name)")
    do { try program() } catch { print("error: \(error)") }
}
SWIFT

"$root/scripts/export-programs-package.sh" "$root" "$programs"

echo "export-differential: $exported programs exported, $refused refused; building" >&2
swift build --package-path "$programs" --product differential >"$work/build.log" 2>&1 || { grep -E "error:" "$work/build.log" | head -30 >&2; exit 1; }
"$programs/.build/debug/differential" >"$work/output.txt" 2>&1 || true

passed=0; failed=0
awk -v dir="$work" '/^=== /{ file = dir "/" substr($0, 5) ".out"; printf "" > file; next } { print >> file }' "$work/output.txt"
for out in "$work"/*.out; do
  name="$(basename "$out" .out)"
  if diff -q "$out" "Tests/Differential/Programs/$name.expected" >/dev/null; then passed=$((passed + 1))
  else failed=$((failed + 1)); echo "export-differential: $name prints differently:" >&2; { diff "$out" "Tests/Differential/Programs/$name.expected" || true; } | head -6 >&2; fi
done
echo "export-differential: $passed of $exported exported programs print what swiftc printed, $failed differ; $refused refused by the exporter" >&2
[ $failed -eq 0 ]
