#!/usr/bin/env bash
# End-to-end check of `folio preview` in a real browser: starts the preview on a temporary copy of a
# small notebook, opens the report in headless Chromium, edits the notebook, and checks that the page
# that is already open (not a new load by this script) reloads itself and shows the new output.
#
#   scripts/preview-browser-test.sh [SCREENSHOT.png]
#
# Uses .build/debug/folio (built when missing; FOLIO=path overrides) and chromium. Exit status 0 on
# success, non-zero otherwise. Needs only python3's standard library.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
folio="${FOLIO:-$root/.build/debug/folio}"
screenshot="${1:-}"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "preview-browser-test: chromium not found (apt-get install chromium)" >&2
  exit 2
fi
if [ ! -x "$folio" ]; then
  (cd "$root" && swift build --product folio >/dev/null)
fi

work="$(mktemp -d)"
preview_pid=""
cleanup() {
  if [ -n "$preview_pid" ] && kill -0 "$preview_pid" 2>/dev/null; then
    kill -TERM "$preview_pid" 2>/dev/null || true
    wait "$preview_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

cat > "$work/tiny.md" <<'NOTEBOOK'
---
title: Live preview check
---

# Live preview check

A notebook of arithmetic: the browser test changes the first cell and expects the page to follow.

```swift
let x = 1 + 1
print("the value is \(x)")
```

```swift
x * 10
```
NOTEBOOK

cd "$work"
"$folio" preview tiny.md --port 0 >"$work/stdout.log" 2>"$work/stderr.log" &
preview_pid=$!

url=""
for _ in $(seq 1 300); do
  url="$(grep -o 'http://127\.0\.0\.1:[0-9]*/tiny\.html' "$work/stdout.log" 2>/dev/null | head -1 || true)"
  [ -n "$url" ] && break
  if ! kill -0 "$preview_pid" 2>/dev/null; then break; fi
  sleep 0.1
done
if [ -z "$url" ]; then
  echo "preview-browser-test: folio preview did not start" >&2
  cat "$work/stdout.log" "$work/stderr.log" >&2
  exit 1
fi
echo "folio preview: $(cat "$work/stdout.log")"

status=0
python3 "$root/scripts/preview_browser_check.py" "$browser" "$url" "$work/tiny.md" \
  "let x = 1 + 1" "let x = 40 + 2" "the value is 2" "the value is 42" ${screenshot:+"$screenshot"} || status=$?

echo "--- folio preview log ---"
cat "$work/stderr.log"
if [ "$status" -eq 0 ]; then echo "preview-browser-test: PASS"; else echo "preview-browser-test: FAIL ($status)"; fi
exit "$status"
