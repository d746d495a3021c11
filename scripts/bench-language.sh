#!/usr/bin/env bash
# The language's speed against CPython 3, side by side in one run, on a release build:
# recursive fib(25), a 1,000,000-iteration arithmetic loop, and map/filter/sorted over 100,000
# elements. Each is a Folio notebook, scripts/bench-language/NAME.md, whose cell labelled `timed`
# does the work (setup such as building the input array is in an earlier cell), and the same
# program in NAME.py, which times the same work with time.perf_counter.
#
#   scripts/bench-language.sh              build folio in release mode, then run
#   scripts/bench-language.sh --no-build   use the existing .build/release/folio
#   RUNS=5 scripts/bench-language.sh       best of 5 runs (3 by default)
#   BENCH_TIMEOUT=1200 ...                 seconds before a notebook counts as failed (600)
#
# Folio's time is the `timed` cell's duration in the report (`folio run --no-cache --to ipynb`),
# so process start and report writing are not counted; whole-process times are shown as well.
# Both sides must print the same result (else the row says MISMATCH). A notebook that fails shows
# its first error in the table, and the script exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
if [ "${1:-}" != "--no-build" ]; then
  echo "building folio (release)..." >&2
  swift build -c release --product folio >&2
fi
[ -x .build/release/folio ] || { echo "no .build/release/folio: run without --no-build" >&2; exit 1; }
command -v "$python" > /dev/null || { echo "no $python on PATH (set PYTHON=...)" >&2; exit 1; }
exec "$python" scripts/bench-language/run.py .build/release/folio "$python" "${RUNS:-3}"
