#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs each for a given time.
#
#   scripts/fuzz.sh [seconds-per-target] [target...]     (default: 60 s, every target)
#   FUZZ_SKIP_BUILD=1 scripts/fuzz.sh 600 FuzzCSV         (reuse the last build)
#
# Seeds come from Fuzz/Corpus/<target>/ (never written to); inputs libFuzzer finds go to
# Fuzz/.build/corpus/<target>/ and crashing inputs to Fuzz/.build/crashes/<target>-crash-*.
# Prints, per target, the executions and whether it crashed; exits 1 if any target crashed.
set -uo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
all=(FuzzNotebook FuzzLanguage FuzzCSV FuzzIDX FuzzImage FuzzGzip FuzzSafeTensors FuzzValueArchive)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")

# -parse-as-library: libFuzzer supplies `main` (each target also defines the `<module>_main`
# that SwiftPM's debug link of an executable expects, and hands it to libFuzzer).
if [ -z "${FUZZ_SKIP_BUILD:-}" ]; then
    echo "building fuzz targets (debug, -sanitize=fuzzer,address)..."
    swift build --package-path Fuzz -c debug \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library 2>&1 \
        | grep -v "Cannot export local symbol" | tail -3
    [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "fuzz build failed" >&2; exit 2; }
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}"
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"
failed=0
for target in "${targets[@]}"; do
    binary="Fuzz/.build/debug/$target"
    [ -x "$binary" ] || { echo "$target: not built (known targets: ${all[*]})" >&2; failed=1; continue; }
    work="Fuzz/.build/corpus/$target"
    log="Fuzz/.build/logs/$target.log"
    mkdir -p "$work" Fuzz/.build/crashes Fuzz/.build/logs
    "$binary" "$work" "Fuzz/Corpus/$target" \
        -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="Fuzz/.build/crashes/$target-" >"$log" 2>&1
    status=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    [ -n "$runs" ] || runs=$(grep -o '^Done [0-9]* runs' "$log" | grep -o '[0-9]*' | tail -1)
    if [ "$status" -eq 0 ]; then
        echo "$target: ${runs:-?} executions in ${seconds}s, no crash"
    else
        failed=1
        artifact=$(grep -o 'Test unit written to .*' "$log" | sed 's/Test unit written to //' | tail -1)
        echo "$target: CRASHED after ${runs:-?} executions (exit $status); input: ${artifact:-?}; log: $log"
        grep -m1 -E 'ERROR: (libFuzzer|AddressSanitizer)|Fatal error|deadly signal' "$log" | sed 's/^/    /'
    fi
done
exit $failed
