#!/usr/bin/env bash
# `folio sweep` against the loop a papermill or Quarto user writes: six plain `folio run --no-cache`
# runs one after another (release build, full MNIST). Two sweeps:
#   (a) an MLP's width × learning rate (2 × 3 points): the load cell is computed once, the local
#       executor runs two points at a time (one per core);
#   (b) a param only the evaluation cell reads, after a CNN trained on full MNIST (6 points): the
#       CNN trains once.
# Checks that both sides record the same values, that no cell no swept param reaches ran more
# than once in the sweep, and prints wall and CPU time (CPU / wall = cores kept busy).
# Usage: scripts/bench-sweep.sh [MNIST_DIR] [a|b|ab]   (default data/mnist, else ../shared/data/mnist)
# CNN_EPOCHS=2 trains the CNN of (b) longer (default 1).
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-}
if [[ -z "$data" ]]; then
  if [[ -f data/mnist/train-images-idx3-ubyte.gz ]]; then data=data/mnist; else data=../shared/data/mnist; fi
fi
data=$(cd "$data" && pwd)
which=${2:-ab}
swift build -c release --product folio >/dev/null
folio=$PWD/.build/release/folio
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/data" && ln -s "$data" "$dir/data/mnist"
cd "$dir"

cat > mlp.md <<'NOTEBOOK'
---
title: MLP sweep benchmark
params:
  width: 64
  lr: 0.001
---

```swift
//| label: load
let train = Dataset.mnist("data/mnist", split: .train).normalized()
let test = Dataset.mnist("data/mnist", split: .test).normalized()
```

```swift
//| label: train
let model = Sequential {
    Flatten()
    Dense(width, activation: .relu)
    Dense(10, activation: .softmax)
}
let history = model.fit(train, epochs: 1, batchSize: 128, optimizer: .adam(lr: lr), seed: 1)
```

```swift
//| label: evaluate
record("accuracy", model.evaluate(test).accuracy)
```
NOTEBOOK

cat > cnn.md <<'NOTEBOOK'
---
title: CNN evaluation sweep benchmark
params:
  images: 10000
---

```swift
//| label: load
let train = Dataset.mnist("data/mnist", split: .train).normalized()
let test = Dataset.mnist("data/mnist", split: .test).normalized()
```

```swift
//| label: train
let model = Sequential {
    Conv2D(32, kernel: 3, activation: .relu)
    MaxPool2D(2)
    Conv2D(64, kernel: 3, activation: .relu)
    MaxPool2D(2)
    Flatten()
    Dropout(0.5)
    Dense(10, activation: .softmax)
}
let history = model.fit(train, epochs: CNN_EPOCHS, batchSize: 128, optimizer: .adam(lr: 0.001), seed: 1)
```

```swift
//| label: evaluate
let evaluation = model.evaluate(test.prefix(images))
record("accuracy", evaluation.accuracy)
record("images", images)
```
NOTEBOOK

sed -i "s/CNN_EPOCHS/${CNN_EPOCHS:-1}/" cnn.md

# Seconds of wall, user and system time of a command (its children included).
timed() {
  local start end me=$BASHPID
  start=$(date +%s.%N)
  local before=($(awk '{print $14, $15, $16, $17}' /proc/$me/stat))
  "$@"
  end=$(date +%s.%N)
  local after=($(awk '{print $14, $15, $16, $17}' /proc/$me/stat))
  local ticks; ticks=$(getconf CLK_TCK)
  # utime+stime of this shell's waited-for children (fields 16, 17 of /proc/PID/stat).
  local cpu; cpu=$(echo "(${after[2]} + ${after[3]} - ${before[2]} - ${before[3]}) / $ticks" | bc -l)
  echo "$(echo "$end - $start" | bc -l) $cpu"
}

# The records of sweep.json, one "point name=value" line each, sorted.
sweep_records() {
  python3 -c 'import json, sys
for p in json.load(open(sys.argv[1]))["points"]:
    for k, v in sorted(p.get("records", {}).items()): print(p["point"], f"{k}={v}")' "$1" | sort
}
# Records a plain run's Markdown report shows ("*recorded* accuracy: 0.97").
report_records() {  # $1 point name, $2 report
  sed -n 's/^\*recorded\* \([^:]*\): \(.*\)$/\1=\2/p' "$2" | sed "s/^/$1 /"
}
cached_cells() {
  python3 -c 'import json, sys; print(sum(p.get("cachedCells", 0) for p in json.load(open(sys.argv[1]))["points"]))' "$1"
}

bench() {  # $1 notebook, $2 label, then -p axes
  local notebook=$1 label=$2; shift 2
  echo "== ($label) $notebook: folio sweep $*" >&2
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  read -r sweep_wall sweep_cpu < <(timed "$folio" sweep "$notebook" "$@" --quiet)
  local name=${notebook%.md}
  sweep_records "results/$name/sweep.json" > sweep-records.txt
  local cached; cached=$(cached_cells "results/$name/sweep.json")
  # The loop: every combination, one plain run after another, no cache.
  python3 -c 'import json, sys
for p in json.load(open(sys.argv[1]))["points"]:
    print(p["point"], " ".join(f"-p {k}={v}" for k, v in p["params"].items()))' "results/$name/sweep.json" > points.txt
  : > loop-records.txt
  loop() {
    while read -r point args; do
      # shellcheck disable=SC2086
      "$folio" run "$notebook" $args --no-cache --quiet --to md --output "loop/$point"
      report_records "$point" "loop/$point/$name.md" >> loop-records.txt
    done < points.txt
  }
  read -r loop_wall loop_cpu < <(timed loop)
  sort -o loop-records.txt loop-records.txt
  if diff sweep-records.txt loop-records.txt >/dev/null; then same=identical; else same=DIFFERENT; diff sweep-records.txt loop-records.txt >&2 || true; fi
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  printf '(%s) sweep %.1f s wall, %.1f s CPU (%.0f%% of one core) · loop %.1f s wall, %.1f s CPU (%.0f%%) · %.2fx faster · records %s · %s cells from the cache in the sweep\n' \
    "$label" "$sweep_wall" "$sweep_cpu" "$(echo "100 * $sweep_cpu / $sweep_wall" | bc -l)" \
    "$loop_wall" "$loop_cpu" "$(echo "100 * $loop_cpu / $loop_wall" | bc -l)" \
    "$(echo "$loop_wall / $sweep_wall" | bc -l)" "$same" "$cached"
  cat sweep-records.txt >&2
}

echo "machine: $(nproc) cores, $(uname -r); folio $("$folio" --version)" >&2
[[ $which == *a* ]] && bench mlp.md a -p width=64,128 -p lr=0.001,0.003,0.01
[[ $which == *b* ]] && bench cnn.md b -p images=5000,6000,7000,8000,9000,10000
exit 0
