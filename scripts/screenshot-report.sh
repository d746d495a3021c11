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
mkdir -p "$out"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "screenshot-report: chromium not found (apt-get install chromium)" >&2
  exit 1
fi
shoot() { # name width height [extra flags...]
  local name="$1" width="$2" height="$3"; shift 3
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --disable-dev-shm-usage \
    --run-all-compositor-stages-before-draw --virtual-time-budget=2000 \
    --window-size="$width,$height" --screenshot="$out/$name.png" "$@" "file://$report" >/dev/null 2>&1
  echo "wrote $out/$name.png"
}
shoot desktop 1280 3400
shoot phone 390 2400 --force-device-scale-factor=1
shoot desktop-dark 1280 2400 --force-dark-mode --blink-settings=preferredColorScheme=0
shoot phone-dark 390 2400 --force-dark-mode --blink-settings=preferredColorScheme=0
