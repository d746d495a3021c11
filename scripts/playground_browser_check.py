#!/usr/bin/env python3
"""Checks `model.playground()` in a real browser (used by scripts/playground-browser-test.sh).

Opens REPORT.html (file://, offline) in headless Chromium and, through the DevTools protocol:
  1. draws digits on the panel's canvas with pointer events (mouse, pen, and touch at 390 px
     width), reads the page's prepared 28x28 image and probabilities, saves the canvas's pixels
     as a PNG and checks both against `folio predict --json` on that PNG;
  2. runs the MNIST images of IMAGES.csv.gz (up to --limit) through the page's forward pass and
     checks them against `folio predict --json --prepared` on the same pixels: same label,
     probabilities within 1e-5;
  3. picks test images in the second panel, checks the page's prediction the same way;
  4. at 390 px width checks that the panel fits; the console must show no error at all;
  5. the panels for models the page cannot run say so instead.
MODELS: the model files of the live panels, in page order, separated by commas.

usage: playground_browser_check.py CHROMIUM FOLIO REPORT.html MODELS IMAGES.csv.gz WORKDIR
       [--limit N] [--screenshot FILE.png]
exit status: 0 all checks passed; 1 a check failed; 2 usage or browser problems.
"""
import argparse
import base64
import csv
import gzip
import json
import os
import struct
import subprocess
import sys
import time
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from preview_browser_check import Browser  # noqa: E402  (the DevTools pipe driver both tests share)

TOLERANCE = 1e-5


def float32(value):
    return struct.unpack("<f", struct.pack("<f", value))[0]


class RecordingBrowser(Browser):
    """The shared driver, keeping the events (console messages, exceptions) it reads past."""

    def __init__(self, executable):
        super().__init__(executable)
        self.events = []

    def receive(self, deadline):
        message = super().receive(deadline)
        if "method" in message:
            self.events.append(message)
        return message


def evaluate(browser, session, expression, timeout=60):
    result = browser.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True},
                          session=session, timeout=timeout)
    if "exceptionDetails" in result:
        raise RuntimeError(f"page script failed: {result['exceptionDetails']}")
    return result.get("result", {}).get("value")


def write_png(path, width, height, channels, pixels):
    """An 8-bit grey (1), RGB (3) or RGBA (4) PNG, with no gamma or colour chunks."""
    colour = {1: 0, 3: 2, 4: 6}[channels]
    stride = width * channels
    raw = b"".join(b"\0" + bytes(pixels[y * stride:(y + 1) * stride]) for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    with open(path, "wb") as file:
        file.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0))
                   + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def folio_predict(folio, model, paths, prepared=False):
    command = [folio, "predict", "--json"] + (["--prepared"] if prepared else []) + [model] + paths
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in output.splitlines() if line.strip()]


# Strokes in canvas units (0..1), one list of polylines per digit.
def circle(cx, cy, rx, ry, start=0.0, end=1.0, steps=28):
    import math
    return [(cx + rx * math.cos(2 * math.pi * (start + (end - start) * i / steps)),
             cy + ry * math.sin(2 * math.pi * (start + (end - start) * i / steps))) for i in range(steps + 1)]


DIGITS = {
    "1": [[(0.55, 0.15), (0.5, 0.5), (0.46, 0.86)]],
    "7": [[(0.25, 0.2), (0.75, 0.2), (0.62, 0.45), (0.45, 0.85)]],
    "0": [circle(0.5, 0.5, 0.22, 0.33)],
    "3": [circle(0.48, 0.33, 0.2, 0.16, -0.45, 0.25) + circle(0.48, 0.66, 0.22, 0.18, -0.25, 0.45)],
    "4": [[(0.58, 0.85), (0.58, 0.15), (0.22, 0.62), (0.78, 0.62)]],
}


def canvas_box(browser, session, panel):
    return evaluate(browser, session, f"""(() => {{
        const canvas = FolioPlayground.panels[{panel}].canvas;
        canvas.scrollIntoView({{block: "center"}});
        const b = canvas.getBoundingClientRect();
        return {{x: b.left, y: b.top, width: b.width, height: b.height}};
    }})()""")


def draw(browser, session, panel, strokes, device):
    evaluate(browser, session, f"FolioPlayground.panels[{panel}].root.querySelector('.pg-clear').click(); 1")
    box = canvas_box(browser, session, panel)

    def at(point):
        return box["x"] + point[0] * box["width"], box["y"] + point[1] * box["height"]

    for stroke in strokes:
        # Several pointer events per segment, as a real hand makes.
        points = []
        for (a, b) in zip(stroke, stroke[1:]):
            for i in range(6):
                t = i / 6
                points.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
        points.append(stroke[-1])
        if device == "touch":
            for i, point in enumerate(points):
                x, y = at(point)
                kind = "touchStart" if i == 0 else "touchMove"
                browser.call("Input.dispatchTouchEvent", {"type": kind, "touchPoints": [{"x": x, "y": y}]}, session=session)
            browser.call("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []}, session=session)
        else:
            for i, point in enumerate(points):
                x, y = at(point)
                kind = "mousePressed" if i == 0 else "mouseMoved"
                browser.call("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "buttons": 1,
                                                          "clickCount": 1, "pointerType": device}, session=session)
            x, y = at(points[-1])
            browser.call("Input.dispatchMouseEvent", {"type": "mouseReleased", "x": x, "y": y, "button": "left", "buttons": 0,
                                                      "clickCount": 1, "pointerType": device}, session=session)
    # The panel updates on the next animation frame.
    return evaluate(browser, session, f"""new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => {{
        const p = FolioPlayground.panels[{panel}], c = p.canvas;
        const data = p.context.getImageData(0, 0, c.width, c.height).data;
        let text = ""; for (let i = 0; i < data.length; i += 8192) text += String.fromCharCode.apply(null, data.subarray(i, i + 8192));
        done({{width: c.width, height: c.height, rgba: btoa(text), source: p.source,
               prepared: p.prepared ? Array.from(p.prepared) : null,
               probabilities: p.probabilities ? Array.from(p.probabilities) : null,
               label: p.root.querySelector(".pg-label").textContent, pointer: p.pointerType}});
    }})))""")


def compare(name, page, swift, failures, prepared=True):
    """Records a failure unless the page and Swift agree; returns the largest probability gap."""
    gap = max(abs(a - b) for a, b in zip(page["probabilities"], swift["probabilities"]))
    page_label = max(range(len(page["probabilities"])), key=lambda c: page["probabilities"][c])
    swift_label = max(range(len(swift["probabilities"])), key=lambda c: swift["probabilities"][c])
    if len(page["probabilities"]) != len(swift["probabilities"]):
        failures.append(f"{name}: {len(page['probabilities'])} classes in the page, {len(swift['probabilities'])} in Swift")
    if gap > TOLERANCE:
        failures.append(f"{name}: probabilities differ by {gap:.3g} (> {TOLERANCE})")
    if page_label != swift_label:
        failures.append(f"{name}: the page predicts {page_label}, Swift {swift_label}")
    if prepared:
        # Swift writes the shortest decimal of each Float32: read it back as a Float32. The port
        # of the preparation is exact, so the two images must be identical, pixel for pixel.
        different = sum(1 for a, b in zip(page["prepared"], swift["prepared"]) if float32(a) != float32(b))
        if different or len(page["prepared"]) != len(swift["prepared"]):
            failures.append(f"{name}: the prepared 28x28 images differ in {different} pixels")
        return gap, different
    return gap, 0.0


def main(argv):
    parser = argparse.ArgumentParser()
    for name in ["chromium", "folio", "report", "model", "images", "workdir"]:
        parser.add_argument(name)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--screenshot")
    args = parser.parse_args(argv[1:])
    url = "file://" + os.path.abspath(args.report)
    failures = []
    browser = RecordingBrowser(args.chromium)
    try:
        target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ["Runtime", "Log", "Page"]:
            browser.call(f"{domain}.enable", session=session)
        browser.call("Emulation.setDeviceMetricsOverride", {"width": 1100, "height": 900, "deviceScaleFactor": 1, "mobile": False},
                     session=session)
        browser.call("Page.navigate", {"url": url}, session=session)
        started = time.time()
        while time.time() - started < 30:
            try:
                if evaluate(browser, session, "!!(window.FolioPlayground && FolioPlayground.panels.length)"):
                    break
            except RuntimeError:
                pass
            time.sleep(0.1)
        else:
            print("FAIL: no playground panel started in the page", file=sys.stderr)
            return 1
        panels = evaluate(browser, session, """Array.from(document.querySelectorAll('.out-playground')).map(f => ({
            live: !!f.querySelector('.playground.pg-ready'), text: f.innerText.slice(0, 300)}))""")
        print(f"{url}: {len(panels)} playground figure(s), {sum(p['live'] for p in panels)} live")
        unsupported = [p for p in panels if not p["live"]]
        for p in unsupported:
            if "No live panel for this model" not in p["text"]:
                failures.append(f"a panel that is not live does not say why: {p['text']!r}")
            else:
                print(f"  not live, and says so: {p['text'].splitlines()[0]}")
        count = evaluate(browser, session, "FolioPlayground.panels.length")

        # 1. Drawn digits, mouse and pen at desktop width, then touch at phone width.
        drawings = []
        devices = ["mouse", "pen", "mouse", "pen", "mouse"]
        for (digit, strokes), device in zip(DIGITS.items(), devices):
            for panel in range(count):
                drawings.append((f"drawn {digit} ({device}, panel {panel + 1})", draw(browser, session, panel, strokes, device)))
        if args.screenshot:
            shot_at_desktop(browser, session, args.screenshot)

        browser.call("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True},
                     session=session)
        browser.call("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 1}, session=session)
        time.sleep(0.3)
        fit = evaluate(browser, session, """(() => {
            const root = FolioPlayground.panels[0].root, box = root.getBoundingClientRect(), canvas = FolioPlayground.panels[0].canvas;
            return {viewport: window.innerWidth, pageWidth: document.documentElement.scrollWidth, left: box.left, right: box.right,
                    canvas: canvas.getBoundingClientRect().width, overflow: root.scrollWidth - root.clientWidth};
        })()""")
        print(f"at 390 px: viewport {fit['viewport']}, page {fit['pageWidth']} px wide, panel {fit['left']:.0f}..{fit['right']:.0f}, "
              f"canvas {fit['canvas']:.0f} px")
        if fit["pageWidth"] > fit["viewport"] or fit["right"] > fit["viewport"] or fit["left"] < 0 or fit["overflow"] > 0:
            failures.append(f"at 390 px the panel does not fit: {fit}")
        if fit["canvas"] < 200:
            failures.append(f"at 390 px the drawing area is only {fit['canvas']:.0f} px wide")
        for digit in ["7", "3"]:
            drawings.append((f"drawn {digit} (touch, 390 px)", draw(browser, session, 0, DIGITS[digit], "touch")))

        paths = []
        for index, (name, page) in enumerate(drawings):
            if page["source"] != "drawing" or page["prepared"] is None:
                failures.append(f"{name}: the page did not react to the strokes (source {page['source']!r})")
                continue
            device = name.split("(")[1].split(",")[0]
            if page["pointer"] != device:
                failures.append(f"{name}: the page drew with a {page['pointer']!r} pointer, not {device!r}")
            rgba = base64.b64decode(page["rgba"])
            path = os.path.join(args.workdir, f"drawn-{index}.png")
            if all(rgba[i] == 255 for i in range(3, len(rgba), 4)):
                write_png(path, page["width"], page["height"], 3, [v for i, v in enumerate(rgba) if i % 4 != 3])
            else:
                write_png(path, page["width"], page["height"], 4, rgba)
            paths.append((name, page, path))
        # Each panel shows its own model: predict each drawing with the model file of its panel.
        models = args.model.split(",")
        if len(models) != count:
            failures.append(f"{count} live panels but {len(models)} model files to check them against")
        for panel, model in enumerate(models[:count]):
            mine = [(n, p, path) for (n, p, path) in paths if f"panel {panel + 1})" in n or (panel == 0 and "390 px" in n)]
            for (name, page, _), answer in zip(mine, folio_predict(args.folio, model, [path for _, _, path in mine])):
                gap, pixel_gap = compare(name, page, answer, failures)
                ink = sum(1 for v in page["prepared"] if v > 0)
                print(f"  {name}: page says {page['label']!r}; folio predict {answer['label']} — "
                      f"probabilities within {gap:.2g}, prepared image identical: {pixel_gap == 0} ({ink} pixels inked)")

        # 2. MNIST images through the page's forward pass.
        rows = []
        with gzip.open(args.images, "rt") as file:
            for row in csv.reader(file):
                if len(row) >= 785 and row[0].strip().isdigit():
                    rows.append([int(v) for v in row[:784]])
                if len(rows) == args.limit:
                    break
        image_paths = []
        for index, pixels in enumerate(rows):
            path = os.path.join(args.workdir, f"mnist-{index}.png")
            write_png(path, 28, 28, 1, pixels)
            image_paths.append(path)
        started = time.time()
        swift = folio_predict(args.folio, models[0], image_paths, prepared=True)
        swift_seconds = time.time() - started
        packed = base64.b64encode(bytes(v for pixels in rows for v in pixels)).decode()
        started = time.time()
        # The page gets what ImageFile gives Swift for a grey PNG: byte × Float(1/255), in float32.
        page = evaluate(browser, session, f"""(() => {{
            const bytes = Uint8Array.from(atob("{packed}"), c => c.charCodeAt(0)), model = FolioPlayground.panels[0].model;
            const f = Math.fround, step = f(1 / 255), scale = model.program.pixelScale, out = [];
            for (let i = 0; i < bytes.length / 784; i++) {{
                const input = new Float32Array(784);
                for (let j = 0; j < 784; j++) {{ const v = f(bytes[784 * i + j] * step); input[j] = scale > 1 ? f(v * scale) : v; }}
                out.push(Array.from(model.probabilities(input)));
            }}
            return out;
        }})()""", timeout=120)
        page_seconds = time.time() - started
        worst, same = 0.0, 0
        for index, (probabilities, answer) in enumerate(zip(page, swift)):
            before = len(failures)
            gap, _ = compare(f"MNIST image {index}", {"probabilities": probabilities}, answer, failures, prepared=False)
            worst = max(worst, gap)
            same += len(failures) == before
        print(f"{len(rows)} MNIST images: the page and Swift agree on {same} (same label, probabilities within {worst:.2g}); "
              f"page {page_seconds:.2f} s, folio predict {swift_seconds:.2f} s")
        if len(page) != len(rows) or len(swift) != len(rows):
            failures.append(f"{len(rows)} images, but {len(page)} page and {len(swift)} Swift predictions")

        # 3. The test images of the second panel.
        examples = evaluate(browser, session, """(() => {
            const p = FolioPlayground.panels[0], buttons = p.root.querySelectorAll('.pg-thumb'), out = [];
            for (let i = 0; i < Math.min(3, buttons.length); i++) {
                buttons[i].click();
                out.push({pixels: Array.from(p.examples[i].pixels), maximum: p.examples[i].maximum,
                          probabilities: Array.from(p.probabilities), label: p.root.querySelector('.pg-label').textContent});
            }
            return out;
        })()""")
        if not examples:
            failures.append("the second panel offers no test images")
        example_paths = []
        for index, example in enumerate(examples):
            path = os.path.join(args.workdir, f"example-{index}.png")
            write_png(path, 28, 28, 1, [round(v / example["maximum"] * 255) for v in example["pixels"]])
            example_paths.append(path)
        for index, (example, answer) in enumerate(zip(examples, folio_predict(args.folio, models[0], example_paths, prepared=True))):
            gap, _ = compare(f"test image {index + 1}", example, answer, failures, prepared=False)
            print(f"  picked test image {index + 1}: {example['label']!r}; folio predict {answer['label']} (within {gap:.2g})")

        # 4. Nothing went wrong in the console.
        errors = []
        for event in browser.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                errors.append(params.get("exceptionDetails", {}).get("exception", {}).get("description") or str(params))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert", "warning"):
                errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") in ("error", "warning"):
                errors.append(params["entry"].get("text", ""))
        for error in errors:
            failures.append(f"console: {error}")
        print(f"console: {len(errors)} error(s) or warning(s)")
    finally:
        browser.close()
    for failure in failures[:40]:
        print("FAIL: " + failure, file=sys.stderr)
    if len(failures) > 40:
        print(f"FAIL: … and {len(failures) - 40} more", file=sys.stderr)
    return 1 if failures else 0


def shot_at_desktop(browser, session, path):
    """A screenshot of the first panel, as it looks with a digit drawn."""
    box = evaluate(browser, session, """(() => {
        const f = FolioPlayground.panels[0].root.closest('figure'); f.scrollIntoView({block: 'start'});
        const b = f.getBoundingClientRect(); return {x: b.left + window.scrollX, y: b.top + window.scrollY, width: b.width, height: b.height};
    })()""")
    shot = browser.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                   "clip": {"x": box["x"] - 8, "y": box["y"] - 8, "width": box["width"] + 16,
                                                            "height": box["height"] + 16, "scale": 1}}, session=session)
    with open(path, "wb") as file:
        file.write(base64.b64decode(shot["data"]))
    print(f"screenshot of the panel: {path}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
