#!/usr/bin/env bash
# Records what every program in Tests/Differential/Programs prints when compiled by swiftc, the
# oracle of Folio's language rule, into NNN-topic.expected next to it.
#
#   scripts/record-differential.sh                 re-record every .expected file
#   scripts/record-differential.sh --check         fail (exit 1) if any .expected file differs from swiftc
#   scripts/record-differential.sh --verify-scope  also compile each program alone, at top level, and
#                                                  check it prints the same as when wrapped (slow)
#
# All programs are compiled into ONE executable (one compile, not 200): each program becomes the
# body of its own function, with a #sourceLocation line so compiler errors name the program's file
# and line. `--verify-scope` checks that this wrapping (local scope instead of main.swift's top
# level) changes nothing a program prints.
#
# Every program must compile without a "result ... is unused" warning, and call no
# @discardableResult method (removeLast, ...) as a statement of its own at the top level: Folio
# *shows* the value of a top-level expression statement, so such a program would not compare
# printed text alone.
set -euo pipefail
cd "$(dirname "$0")/.."
programs_dir=Tests/Differential/Programs
mode=record
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  --verify-scope) mode=verify ;;
  *) echo "usage: $0 [--check | --verify-scope]" >&2; exit 2 ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
started=$(date +%s)

programs=()
for file in "$programs_dir"/*.swift; do programs+=("$(basename "$file" .swift)"); done
[ ${#programs[@]} -gt 0 ] || { echo "no programs in $programs_dir" >&2; exit 1; }

# The harness marks where each program's output starts with a line no program prints.
marker=$'\x01program '
{
  echo "import Foundation"
  i=0
  for name in "${programs[@]}"; do
    echo "func program$i() {"
    echo "#sourceLocation(file: \"$programs_dir/$name.swift\", line: 1)"
    cat "$programs_dir/$name.swift"
    echo
    echo "#sourceLocation()"
    echo "}"
    i=$((i + 1))
  done
  echo "let programs: [(String, () -> Void)] = ["
  i=0
  for name in "${programs[@]}"; do echo "    (\"$name\", program$i),"; i=$((i + 1)); done
  echo "]"
  echo "for (name, run) in programs {"
  echo "    print(\"\u{1}program \\(name)\")"
  echo "    run()"
  echo "}"
} > "$work/main.swift"

if ! swiftc -Onone -o "$work/programs" "$work/main.swift" 2> "$work/compile.log"; then
  grep -E 'error:' -A3 "$work/compile.log" >&2 || cat "$work/compile.log" >&2
  echo "swiftc could not compile the programs" >&2
  exit 1
fi
if grep -E 'warning: (result of|expression of type|.*is unused)' "$work/compile.log" | grep -v 'was never used' > "$work/unused.log"; then
  cat "$work/unused.log" >&2
  echo "a program leaves an unused value (Folio would show it): print it or bind it with 'let _ ='" >&2
  exit 1
fi

# Swift's @discardableResult methods leave a value without a warning; Folio would show it.
if grep -nE '^[A-Za-z_][A-Za-z0-9_.]*(\[[^]]*\])?\.(removeFirst|removeLast|remove|removeValue|updateValue)\(' \
     "$programs_dir"/*.swift; then
  echo "a program leaves the value of a @discardableResult call (Folio would show it): bind it with 'let _ ='" >&2
  exit 1
fi

"$work/programs" > "$work/all.out"
mkdir -p "$work/expected"
awk -v dir="$work/expected" -v marker="$marker" '
  index($0, marker) == 1 { if (out != "") close(out); out = dir "/" substr($0, length(marker) + 1) ".expected"; printf "" > out; next }
  { print > out }
' "$work/all.out"

status=0
case "$mode" in
  record)
    for name in "${programs[@]}"; do cp "$work/expected/$name.expected" "$programs_dir/$name.expected"; done
    for file in "$programs_dir"/*.expected; do
      [ -f "$programs_dir/$(basename "$file" .expected).swift" ] || { echo "removed stale $file"; rm "$file"; }
    done
    echo "recorded ${#programs[@]} programs in $(( $(date +%s) - started )) s"
    ;;
  check|verify)
    for name in "${programs[@]}"; do
      if [ ! -f "$programs_dir/$name.expected" ]; then
        echo "missing: $programs_dir/$name.expected (run $0)"; status=1
      elif ! diff -u "$programs_dir/$name.expected" "$work/expected/$name.expected" > "$work/diff"; then
        echo "differs from swiftc: $programs_dir/$name.expected"; cat "$work/diff"; status=1
      fi
    done
    for file in "$programs_dir"/*.expected; do
      [ -f "$programs_dir/$(basename "$file" .expected).swift" ] || { echo "no program for $file"; status=1; }
    done
    ;;
esac

if [ "$mode" = verify ]; then
  for name in "${programs[@]}"; do
    { echo "import Foundation"; cat "$programs_dir/$name.swift"; } > "$work/$name-main.swift"
    if ! swiftc -Onone -o "$work/$name-alone" "$work/$name-main.swift" 2> "$work/$name-alone.log"; then
      echo "does not compile at top level: $name"; grep error: "$work/$name-alone.log"; status=1; continue
    fi
    if ! "$work/$name-alone" | diff -u "$work/expected/$name.expected" - > "$work/diff"; then
      echo "prints differently at top level than wrapped in a function: $name"; cat "$work/diff"; status=1
    fi
  done
fi

if [ "$mode" != record ]; then
  if [ $status -eq 0 ]; then
    echo "all ${#programs[@]} expected outputs match swiftc ($(( $(date +%s) - started )) s)"
  else
    echo "re-record with: $0" >&2
  fi
fi
exit $status
