#!/usr/bin/env bash
# Times `folio check` and `folio run` on a generated notebook of 200 cells of arithmetic and prose
# (release build). Usage: scripts/bench-runner.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
swift build -c release --product folio >/dev/null
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
{
  printf -- '---\ntitle: 200 cells\nparams:\n  base: 3\n---\n\n'
  for i in $(seq 1 200); do
    printf '## Step %d\n\nSome *prose* about step %d, with a [link](https://example.org) and `code`.\n\n' "$i" "$i"
    printf '```swift\nlet v%d = base * %d + %d / 2\nvar s%d = 0\nfor k in 0..<10 { s%d += k * v%d }\nprint("step %d:", s%d)\n```\n\n' "$i" "$i" "$i" "$i" "$i" "$i" "$i" "$i"
  done
} > "$dir/cells200.md"
time_ms() {
  local best=999999
  for _ in $(seq 1 "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    local ms=$(( (end - start) / 1000000 ))
    (( ms < best )) && best=$ms
  done
  echo "$best"
}
echo "folio check, 200 cells: $(time_ms .build/release/folio check "$dir/cells200.md") ms (best of $runs)"
echo "folio run,   200 cells: $(time_ms .build/release/folio run "$dir/cells200.md" --output "$dir/out" --quiet) ms (best of $runs)"
.build/release/folio run "$dir/cells200.md" --output "$dir/out" --quiet && grep -c 'step 200: ' "$dir/out/cells200.md" >/dev/null && echo "(the run's report holds all 200 outputs)"

# Report rendering: 100 cells, 50 of them with a chart (a confusion-matrix heatmap each).
{
  printf -- '---\ntitle: 100 cells, 50 charts\n---\n\n'
  for i in $(seq 1 50); do
    printf '## Part %d\n\nProse for part %d with **bold** text.\n\n' "$i" "$i"
    printf '```swift\nlet e%d = Evaluation(labels: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, %d %% 10], predictions: [0, 1, 2, 3, 4, 5, 6, 7, 9, 8, 3], classes: 10)\ne%d.confusionMatrix()\n```\n\n' "$i" "$i" "$i"
    printf '```swift\nprint("accuracy of part %d:", e%d.accuracy)\n```\n\n' "$i" "$i"
  done
} > "$dir/charts50.md"
best=999999
for _ in $(seq 1 "$runs"); do
  ms=$(.build/release/folio run "$dir/charts50.md" --output "$dir/out" 2>&1 | sed -n 's/.*report written in \([0-9]*\) ms.*/\1/p')
  (( ms < best )) && best=$ms
done
echo "report of 100 cells with 50 charts (HTML + Markdown + 50 SVG files): $best ms to render and write (best of $runs)"
