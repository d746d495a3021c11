#!/usr/bin/env bash
# Renders the sample report (every output kind, a failed and a skipped cell) in headless Chromium
# at desktop (1280 px) and phone (390 px) widths, in light and dark mode, so the layout can be looked at.
#
#   scripts/screenshot-report.sh [REPORT.html] [OUT_DIR]
#
# Without REPORT.html it uses the golden sample report of the FolioReport tests (re-record it with
# `RECORD_GOLDEN=1 swift test --filter FolioReportTests`). Needs chromium (apt-get install chromium).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
report="${1:-$root/Tests/FolioReportTests/Golden/sample.html}"
out="${2:-$root/results/screenshots}"
if [ ! -f "$report" ]; then
  echo "screenshot-report: no report at $report" >&2
  exit 1
fi
report="$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
mkdir -p "$out"
rm -f "$out"/*.png
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "screenshot-report: chromium not found (apt-get install chromium)" >&2
  exit 1
fi
shoot() { # name width height [extra flags...]
  local name="$1" width="$2" height="$3"; shift 3
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --disable-dev-shm-usage \
    --run-all-compositor-stages-before-draw --virtual-time-budget=2000 \
    --window-size="$width,$height" --screenshot="$out/$name.png" "$@" "file://$report" >"$out/$name.log" 2>&1 || true
  if [ ! -s "$out/$name.png" ]; then
    echo "screenshot-report: chromium wrote no $name.png; see $out/$name.log" >&2
    exit 1
  fi
  rm -f "$out/$name.log"
  echo "wrote $out/$name.png"
}
shoot desktop 1280 3400
shoot phone 390 2400 --force-device-scale-factor=1
shoot desktop-dark 1280 2400 --force-dark-mode --blink-settings=preferredColorScheme=0
shoot phone-dark 390 2400 --force-dark-mode --blink-settings=preferredColorScheme=0
