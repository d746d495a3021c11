#!/usr/bin/env bash
# Regeneration with the per-cell cache (issue 6): a notebook that trains the reference CNN on full
# MNIST is run once, then edited three ways; each regeneration is timed (release build).
# The training-cell edit is compared with a clean `--no-cache` run of the same notebook.
# Usage: scripts/bench-cache.sh [MNIST_DIR] [EPOCHS]   (default data/mnist, else ../shared/data/mnist; 1 epoch)
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-}
if [[ -z "$data" ]]; then
  if [[ -f data/mnist/train-images-idx3-ubyte.gz ]]; then data=data/mnist; else data=../shared/data/mnist; fi
fi
data=$(cd "$data" && pwd)
epochs=${2:-1}
swift build -c release --product folio >/dev/null
folio=$PWD/.build/release/folio
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/data" && ln -s "$data" "$dir/data/mnist"

write_notebook() {  # $1 prose word, $2 seed of the training cell, $3 last cell's text
  cat > "$dir/cnn.md" <<NOTEBOOK
---
title: Cache benchmark
params:
  epochs: $epochs
---

The reference CNN on full MNIST. This sentence is $1.

\`\`\`swift
let train = Dataset.mnist("data/mnist", split: .train).normalized()
let test = Dataset.mnist("data/mnist", split: .test).normalized()
\`\`\`

\`\`\`swift
let model = Sequential {
    Conv2D(32, kernel: 3, activation: .relu)
    MaxPool2D(2)
    Conv2D(64, kernel: 3, activation: .relu)
    MaxPool2D(2)
    Flatten()
    Dropout(0.5)
    Dense(10, activation: .softmax)
}
\`\`\`

\`\`\`swift
//| label: train
let history = model.fit(train, epochs: epochs, batchSize: 128, optimizer: .adam(lr: 0.001), seed: $2)
history.plot()
\`\`\`

\`\`\`swift
let evaluation = model.evaluate(test)
evaluation.confusionMatrix()
\`\`\`

\`\`\`swift
$3
\`\`\`
NOTEBOOK
}

timed() {  # prints wall seconds of a folio run
  local start end
  start=$(date +%s%N)
  (cd "$dir" && "$folio" run cnn.md --quiet "$@" --output out) || true
  end=$(date +%s%N)
  awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 1e9 }'
}

# Reports compared without what legitimately differs between runs: dates, durations, "cached".
normalise() { sed -E -e 's/[0-9]+(\.[0-9]+)? ?(ms|s|min)\b/T/g' -e 's/ · cached//g' -e 's/^<sub>Ran .*//' "$1"; }

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
write_notebook "plain" 42 'print("accuracy:", evaluation.accuracy)'
echo "full run, empty cache:           $(timed --refresh) s"
write_notebook "edited" 42 'print("accuracy:", evaluation.accuracy)'
echo "prose edited:                     $(timed) s"
write_notebook "edited" 42 'print("test accuracy:", evaluation.accuracy, "loss:", evaluation.loss)'
echo "last cell edited:                 $(timed) s"
echo "nothing edited:                   $(timed) s"
write_notebook "edited" 42 'print("test images:", test.count)'
echo "last cell reads the test set:     $(timed) s"
write_notebook "edited" 42 'print("test accuracy:", evaluation.accuracy, "loss:", evaluation.loss)'
write_notebook "edited" 7 'print("test accuracy:", evaluation.accuracy, "loss:", evaluation.loss)'
echo "training cell edited (seed 7):    $(timed) s"
cp "$dir/out/cnn.md" "$dir/cached.md"
echo "same notebook with --no-cache:    $(timed --no-cache) s"
if diff <(normalise "$dir/cached.md") <(normalise "$dir/out/cnn.md") >/dev/null; then
  echo "report after the training edit == report of the clean --no-cache run (dates and durations aside)"
else
  echo "REPORTS DIFFER:"; diff <(normalise "$dir/cached.md") <(normalise "$dir/out/cnn.md") | head -20; exit 1
fi
echo "cache size: $(du -sh "$dir/.folio-cache" | cut -f1)"
