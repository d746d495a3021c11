#!/usr/bin/env bash
# The exported program against `folio run` of the same notebook, whole process, side by side in one
# run, both release builds: by default 03-train on full MNIST (data/mnist, the four IDX files) with
# 1 epoch. Prints each run's wall-clock seconds, the ratio, and where the time went (the cells
# that took the longest, from each report's own cell times).
#
#   scripts/bench-export.sh [NOTEBOOK] [key=value ...]      # default: notebooks/03-train.md epochs=1
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
notebook="${1:-notebooks/03-train.md}"; shift || true
params=("$@"); [ ${#params[@]} -gt 0 ] || params=(epochs=1)
name="$(basename "$notebook" .md)"
[ -f data/mnist/train-images-idx3-ubyte.gz ] || echo "bench-export: no data/mnist: the notebook uses the 5k set" >&2
swift build -c release --product folio >/dev/null
work="$root/.build/export-bench"; programs="$work/programs"
rm -rf "$programs/Sources"; mkdir -p "$programs/Sources"
.build/release/folio export "$notebook" --swift "$work/$name" --folio-path "$root"
program="$(sed -n 's/.*executableTarget(name: "\([^"]*\)".*/\1/p' "$work/$name/Package.swift")"
cp -R "$work/$name/Sources/$program" "$programs/Sources/$program"
scripts/export-programs-package.sh "$root" "$programs"
swift build -c release --package-path "$programs" --product "$program" >"$work/build.log" 2>&1 || { grep error: "$work/build.log" >&2; exit 1; }
run_params=(); program_params=()
for kv in "${params[@]}"; do run_params+=(-p "$kv"); program_params+=("--${kv%%=*}" "${kv#*=}"); done
cells() { grep -o 'cell-number" href="#cell-[0-9]*">\[[0-9]*\]</a>.*cell-time">[^<]*' "$1" | sed -E 's/.*\[([0-9]+)\].*cell-time">/cell \1: /' | tr '\n' ';'; }
echo "| run | folio run (s) | exported program (s) | exported / folio run |"
echo "|---|---|---|---|"
for round in 1 2; do
  start=$(date +%s.%N)
  .build/release/folio run "$notebook" "${run_params[@]}" --no-cache --quiet --output "$work/run" || true
  middle=$(date +%s.%N)
  "$programs/.build/release/$program" "${program_params[@]}" --quiet --output "$work/program" || true
  end=$(date +%s.%N)
  echo "| $round | $(echo "$middle - $start" | bc | xargs printf '%.1f') | $(echo "$end - $middle" | bc | xargs printf '%.1f') | $(echo "($end - $middle) / ($middle - $start)" | bc -l | xargs printf '%.3f') |"
done
echo
echo "folio run, cell times: $(cells "$work/run/$name.html")"
echo "exported program, cell times: $(cells "$work/program/$name.html")"
