#!/usr/bin/env bash
# `model.playground()` in a real browser: runs a small notebook that trains a CNN with every layer
# kind the page runs (and a logistic regression, and a KNN the page cannot run), opens its HTML
# report from file:// in headless Chromium, draws digits with mouse, pen and touch events, and
# checks the page's prepared 28×28 images and probabilities against `folio predict` on the same
# pixels; then 1,000 MNIST images through the page's forward pass against Swift's (same labels,
# probabilities within 1e-5), the panel at 390 px width, and a console without errors.
#
#   scripts/playground-browser-test.sh [SCREENSHOT.png]
#
# Uses .build/debug/folio (built when missing; FOLIO=path overrides) and chromium, installed with
# apt-get when missing and running as root. If Chromium cannot be had, it says so and exits 0
# (skipped). Needs python3's standard library only. Takes about a minute.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
folio="${FOLIO:-$root/.build/debug/folio}"
screenshot="${1:-}"
find_browser() { command -v chromium || command -v chromium-browser || command -v google-chrome || true; }
browser="$(find_browser)"
if [ -z "$browser" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "playground-browser-test: installing chromium (apt-get)"
  (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || true
  browser="$(find_browser)"
fi
if [ -z "$browser" ]; then
  echo "playground-browser-test: SKIPPED — chromium is not installed and could not be installed (apt-get install chromium)"
  exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "playground-browser-test: FAIL — python3 is needed to drive Chromium (apt-get install python3)" >&2
  exit 1
fi
if [ ! -x "$folio" ]; then
  (cd "$root" && swift build --product folio >/dev/null)
fi
data="$root/data/mnist_5k.csv.gz"
[ -f "$data" ] || "$root/scripts/fetch-data.sh"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/pixels"
cat > "$work/playground.md" <<NOTEBOOK
---
title: Playground check
---

\`\`\`swift
let digits = Dataset.csv("$data", labelColumn: 784, imageShape: [28, 28])
let (train, test) = digits.split(test: 0.2, stratified: true, seed: 1)
let trainX = train.normalized()
let testX = test.normalized()
let model = Sequential {
    Conv2D(8, kernel: 3, stride: 2, padding: .same, activation: .relu)
    BatchNorm()
    Conv2D(16, kernel: 3, activation: .tanh)
    MaxPool2D(2)
    AvgPool2D(2)
    Flatten()
    Dropout(0.2)
    Dense(32, activation: .sigmoid)
    Dense(10)
}
model.fit(trainX, epochs: 3, batchSize: 32, seed: 1)
let evaluation = model.evaluate(testX)
model.save("$work/cnn.safetensors")
model.playground(evaluation)
\`\`\`

\`\`\`swift
let lr = LogisticRegression()
lr.fit(train.prefix(2000), epochs: 4)
lr.save("$work/lr.safetensors")
lr.playground()
let knn = KNN(k: 3)
knn.fit(trainX.prefix(200))
knn.playground()
\`\`\`
NOTEBOOK

(cd "$work" && "$folio" run playground.md --no-cache --quiet --to html --output "$work/report")
status=0
python3 "$root/scripts/playground_browser_check.py" "$browser" "$folio" "$work/report/playground.html" \
  "$work/cnn.safetensors,$work/lr.safetensors" "$data" "$work/pixels" --limit 1000 \
  ${screenshot:+--screenshot "$screenshot"} || status=$?
if [ "$status" -eq 0 ]; then echo "playground-browser-test: PASS"; else echo "playground-browser-test: FAIL ($status)"; fi
exit "$status"
