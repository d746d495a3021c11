#!/usr/bin/env python3
"""Draws a digit on the first `model.playground()` panel of a report and saves a picture of it
(for the README: docs/playground-screenshot.png), in headless Chromium.

usage: scripts/playground-screenshot.py REPORT.html OUT.png [DIGIT] [--width PX]
DIGIT is one of the strokes playground_browser_check.py draws (default 3).
"""
import argparse
import os
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from playground_browser_check import DIGITS, RecordingBrowser, draw, evaluate, shot_at_desktop  # noqa: E402


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("out")
    parser.add_argument("digit", nargs="?", default="3", choices=sorted(DIGITS))
    parser.add_argument("--width", type=int, default=820)
    args = parser.parse_args(argv[1:])
    executable = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not executable:
        print("playground-screenshot: chromium not found (apt-get install chromium)", file=sys.stderr)
        return 2
    browser = RecordingBrowser(executable)
    try:
        target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        browser.call("Emulation.setDeviceMetricsOverride", {"width": args.width, "height": 1000, "deviceScaleFactor": 1,
                                                            "mobile": False}, session=session)
        browser.call("Page.navigate", {"url": "file://" + os.path.abspath(args.report)}, session=session)
        for _ in range(300):
            try:
                if evaluate(browser, session, "!!(window.FolioPlayground && FolioPlayground.panels.length)"):
                    break
            except RuntimeError:
                pass
            time.sleep(0.1)
        else:
            print("playground-screenshot: the report has no live playground panel", file=sys.stderr)
            return 1
        page = draw(browser, session, 0, DIGITS[args.digit], "mouse")
        print(f"drew a {args.digit}: {page['label']}")
        shot_at_desktop(browser, session, args.out)
        return 0
    finally:
        browser.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
