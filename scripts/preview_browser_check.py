#!/usr/bin/env python3
"""Drives one headless Chromium page against a running `folio preview` (used by
scripts/preview-browser-test.sh).

Opens URL in a single tab, waits until the page shows BEFORE, rewrites NOTEBOOK (replacing
OLD_TEXT with NEW_TEXT), and waits until the same open tab shows AFTER — without the script ever
navigating or reloading it: only the page's own live-reload script may do that. Talks the Chrome
DevTools Protocol over --remote-debugging-pipe (file descriptors 3 and 4, NUL-separated JSON),
so it needs nothing beyond the Python standard library.

usage: preview_browser_check.py CHROMIUM URL NOTEBOOK OLD_TEXT NEW_TEXT BEFORE AFTER [SCREENSHOT.png]
exit status: 0 the open page updated itself; 1 it did not; 2 usage or browser problems.
"""
import base64
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time


class Browser:
    def __init__(self, executable):
        self.profile = tempfile.mkdtemp(prefix="folio-preview-chromium-")
        to_browser_read, self.to_browser = os.pipe()
        self.from_browser, from_browser_write = os.pipe()

        def wire_pipes():
            # Chromium reads commands on fd 3 and writes answers on fd 4.
            commands, answers = os.dup(to_browser_read), os.dup(from_browser_write)
            os.dup2(commands, 3)
            os.dup2(answers, 4)

        self.process = subprocess.Popen(
            [executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--no-first-run", "--no-default-browser-check", "--hide-scrollbars", "--window-size=1100,400",
             "--remote-debugging-pipe", "--user-data-dir=" + self.profile, "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=wire_pipes, close_fds=False)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self.buffer = b""
        self.next_id = 0

    def call(self, method, params=None, session=None, timeout=15):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while True:
            answer = self.receive(deadline)
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})

    def receive(self, deadline):
        while b"\0" not in self.buffer:
            remaining = deadline - time.time()
            if remaining <= 0:
                raise TimeoutError("no answer from Chromium")
            ready, _, _ = select.select([self.from_browser], [], [], remaining)
            if ready:
                chunk = os.read(self.from_browser, 1 << 16)
                if not chunk:
                    raise RuntimeError("Chromium closed the DevTools pipe")
                self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def close(self):
        try:
            self.call("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


def evaluate(browser, session, expression):
    result = browser.call("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=session)
    return result.get("result", {}).get("value")


def wait_for_text(browser, session, text, seconds):
    """Seconds until the page's text contains `text`, or None."""
    started = time.time()
    probe = f"document.body !== null && document.body.innerText.includes({json.dumps(text)})"
    while time.time() - started < seconds:
        try:
            if evaluate(browser, session, probe):
                return time.time() - started
        except RuntimeError:
            pass  # the page is between documents while it reloads
        time.sleep(0.1)
    return None


def main(argv):
    if len(argv) not in (8, 9):
        print(__doc__, file=sys.stderr)
        return 2
    executable, url, notebook, old_text, new_text, before, after = argv[1:8]
    screenshot = argv[8] if len(argv) == 9 else None
    browser = Browser(executable)
    try:
        target = browser.call("Target.createTarget", {"url": url})["targetId"]
        session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        if wait_for_text(browser, session, before, 30) is None:
            print(f"FAIL: the page never showed {before!r}", file=sys.stderr)
            return 1
        # A marker on the window: a reload by the page clears it, and the script never navigates.
        evaluate(browser, session, "window.__folioBrowserTest = 'first load'; 1")
        # Scrolled down, as someone reading the report would be; the reload should keep the place.
        scrolled = evaluate(browser, session, "window.scrollTo(0, 150); window.scrollY")
        loads_before = evaluate(browser, session, "performance.getEntriesByType('navigation')[0].type")
        print(f"page shows {before!r} (navigation type: {loads_before})")

        with open(notebook, encoding="utf-8") as file:
            text = file.read()
        if old_text not in text:
            print(f"FAIL: {old_text!r} is not in {notebook}", file=sys.stderr)
            return 2
        edited_at = time.time()
        with open(notebook, "w", encoding="utf-8") as file:
            file.write(text.replace(old_text, new_text))
        print(f"edited {notebook}: {old_text!r} -> {new_text!r}")

        waited = wait_for_text(browser, session, after, 30)
        shown_after = time.time() - edited_at
        if waited is None:
            body = evaluate(browser, session, "document.body ? document.body.innerText.slice(0, 400) : ''")
            print(f"FAIL: the open page did not show {after!r} within 30 s; it shows: {body!r}", file=sys.stderr)
            return 1
        marker = evaluate(browser, session, "window.__folioBrowserTest === undefined ? 'gone' : 'still there'")
        navigation = evaluate(browser, session, "performance.getEntriesByType('navigation')[0].type")
        time.sleep(0.3)  # the scroll position is restored on the load event
        scroll_after = evaluate(browser, session, "window.scrollY")
        print(f"scroll position: {scrolled} before the edit, {scroll_after} after the reload")
        still_old = evaluate(browser, session, f"document.body.innerText.includes({json.dumps(before)})")
        print(f"the open page shows {after!r} {shown_after:.2f} s after the edit "
              f"(navigation type: {navigation}, first-load marker {marker})")
        if navigation != "reload" or marker != "gone":
            print("FAIL: the page did not reload itself", file=sys.stderr)
            return 1
        if scrolled and abs((scroll_after or 0) - scrolled) > 5:
            print("FAIL: the reload lost the scroll position", file=sys.stderr)
            return 1
        if still_old:
            print(f"FAIL: the page still shows the old output {before!r}", file=sys.stderr)
            return 1
        if screenshot:
            shot = browser.call("Page.captureScreenshot", {"format": "png"}, session=session)
            with open(screenshot, "wb") as file:
                file.write(base64.b64decode(shot["data"]))
            print(f"screenshot of the open page: {screenshot}")
        print("PASS: the open page reloaded itself and shows the new output")
        return 0
    finally:
        browser.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
