/// The script of `model.playground()`'s panel, in plain JavaScript (no library, no WebAssembly,
/// nothing fetched): it reads the panel's program (PlaygroundProgram's JSON), lets the reader draw
/// with pointer events (mouse, pen, touch), prepares the drawing (PlaygroundPreparationScript),
/// runs the model (PlaygroundForwardScript) and shows the 28×28 input and the probabilities. The
/// three parts share one function scope; a report with several panels runs the script once and
/// each further copy only starts its panel.
enum PlaygroundScript {
    static let javaScript = [prologue, PlaygroundPreparationScript.javaScript, PlaygroundForwardScript.javaScript, panel]
        .joined(separator: "\n")

    private static let prologue = #"""
(function () {
"use strict";
if (window.FolioPlayground) { window.FolioPlayground.start(); return; }
var f = Math.fround;
// Swift's rounded(): half away from zero.
function round(x) { return x < 0 ? -Math.round(-x) : Math.round(x); }

"""#

    private static let panel = #"""
// ---- The panel.
function Panel(root) {
  var program = JSON.parse(root.querySelector(".pg-program").textContent);
  var model = new Model(program), self = this;
  this.root = root; this.model = model; this.program = program;
  // What the page shows now, for readers of this object (the browser test): the prepared
  // 28×28 input, the probabilities, and whether they come from a drawing or a test image.
  this.prepared = null; this.probabilities = null; this.source = null; this.pointerType = null;
  var canvas = root.querySelector(".pg-canvas"), context = canvas.getContext("2d", { willReadFrequently: true });
  var seen = root.querySelector(".pg-seen-image"), seenContext = seen.getContext("2d");
  var label = root.querySelector(".pg-label"), bars = root.querySelector(".pg-bars");
  this.canvas = canvas; this.context = context;
  var rows = program.classNames.map(function (name) {
    var row = document.createElement("li"), key = document.createElement("span"), track = document.createElement("span"),
        bar = document.createElement("span"), value = document.createElement("span");
    key.className = "pg-class"; key.textContent = name;
    track.className = "pg-track"; bar.className = "pg-bar"; track.appendChild(bar);
    value.className = "pg-value"; value.textContent = "–";
    row.appendChild(key); row.appendChild(track); row.appendChild(value); bars.appendChild(row);
    return { row: row, bar: bar, value: value };
  });
  function show(image, maximum, probabilities, text) {
    var data = seenContext.createImageData(SIDE, SIDE);
    for (var i = 0; i < SIDE * SIDE; i++) {
      var v = Math.max(0, Math.min(255, Math.round(255 * (image ? image[i] / maximum : 0))));
      data.data[4 * i] = data.data[4 * i + 1] = data.data[4 * i + 2] = v; data.data[4 * i + 3] = 255;
    }
    seenContext.putImageData(data, 0, 0);
    var best = -1;
    if (probabilities) for (var c = 0; c < probabilities.length; c++) if (best < 0 || probabilities[c] > probabilities[best]) best = c;
    rows.forEach(function (r, c) {
      var p = probabilities ? probabilities[c] : 0;
      r.bar.style.width = (100 * p).toFixed(1) + "%";
      r.value.textContent = probabilities ? (100 * p).toFixed(1) + " %" : "–";
      r.row.classList.toggle("pg-best", c === best);
    });
    label.textContent = text(best >= 0 ? program.classNames[best] : null, best >= 0 ? probabilities[best] : 0);
  }
  function clear() {
    context.fillStyle = "#ffffff"; context.fillRect(0, 0, canvas.width, canvas.height);
    self.prepared = null; self.probabilities = null; self.source = null; markPicked(-1);
    show(null, 1, null, function () { return "Draw a digit in the box"; });
  }
  var failed = root.querySelector(".pg-failed");
  function guarded(body) {
    try { body(); } catch (error) {
      failed.textContent = "The model could not run in this page: " + error.message; failed.hidden = false;
      throw error;
    }
  }
  this.update = function () {
    var image = context.getImageData(0, 0, canvas.width, canvas.height);
    var gray = grayFromRGBA(image.data, canvas.width, canvas.height);
    var result = model.inputFromGray(gray, canvas.width, canvas.height);
    self.prepared = result.prepared; self.probabilities = model.probabilities(result.input); self.source = "drawing";
    show(result.prepared, 1, self.probabilities, function (name, p) {
      return name === null ? "" : "Prediction: " + name + " (" + (100 * p).toFixed(1) + " %)";
    });
  };
  function markPicked(index) {
    var buttons = root.querySelectorAll(".pg-thumb");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].classList.toggle("pg-picked", i === index);
      buttons[i].setAttribute("aria-pressed", i === index ? "true" : "false");
    }
  }
  this.pick = function (index) {
    var e = self.examples[index];
    // The box is for drawings: a picked image replaces what was drawn.
    context.fillStyle = "#ffffff"; context.fillRect(0, 0, canvas.width, canvas.height);
    markPicked(index);
    self.prepared = e.pixels; self.probabilities = model.probabilities(e.pixels); self.source = "example " + index;
    show(e.pixels, e.maximum, self.probabilities, function (name, p) {
      return "Test image, true " + program.classNames[e.label] + ": predicted " + name + " (" + (100 * p).toFixed(1) + " %)";
    });
  };
  // Drawing: pointer events cover mouse, pen and touch; one stroke per pointer.
  var last = {}, pending = false;
  function point(event) {
    var box = canvas.getBoundingClientRect();
    return { x: (event.clientX - box.left) * canvas.width / box.width, y: (event.clientY - box.top) * canvas.height / box.height };
  }
  function schedule() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; guarded(self.update); });
  }
  function segment(from, to) {
    context.strokeStyle = "#000000"; context.lineWidth = canvas.width / 14; context.lineCap = "round"; context.lineJoin = "round";
    context.beginPath(); context.moveTo(from.x, from.y); context.lineTo(to.x, to.y); context.stroke();
  }
  canvas.addEventListener("pointerdown", function (event) {
    event.preventDefault();
    if (canvas.setPointerCapture) { try { canvas.setPointerCapture(event.pointerId); } catch (e) { /* synthetic pointers */ } }
    var p = point(event);
    if (self.source !== "drawing") { context.fillStyle = "#ffffff"; context.fillRect(0, 0, canvas.width, canvas.height); markPicked(-1); }
    self.pointerType = event.pointerType;
    last[event.pointerId] = p; segment(p, p); schedule();
  });
  canvas.addEventListener("pointermove", function (event) {
    var from = last[event.pointerId];
    if (!from) return;
    event.preventDefault();
    var events = event.getCoalescedEvents ? event.getCoalescedEvents() : [];
    if (events.length === 0) events = [event];
    events.forEach(function (e) { var p = point(e); segment(from, p); from = p; });
    last[event.pointerId] = from; schedule();
  });
  function end(event) { delete last[event.pointerId]; }
  canvas.addEventListener("pointerup", end);
  canvas.addEventListener("pointercancel", end);
  root.querySelector(".pg-clear").addEventListener("click", clear);
  // The test images to pick from.
  this.examples = examples(program);
  var thumbs = root.querySelector(".pg-thumbs");
  this.examples.forEach(function (e, index) {
    var button = document.createElement("button"), thumb = document.createElement("canvas");
    button.type = "button"; button.className = "pg-thumb";
    button.setAttribute("aria-label", "test image " + (index + 1) + ", true " + program.classNames[e.label]);
    thumb.width = thumb.height = SIDE;
    var c = thumb.getContext("2d"), data = c.createImageData(SIDE, SIDE);
    for (var i = 0; i < SIDE * SIDE; i++) {
      var v = Math.max(0, Math.min(255, Math.round(255 * e.pixels[i] / e.maximum)));
      data.data[4 * i] = data.data[4 * i + 1] = data.data[4 * i + 2] = v; data.data[4 * i + 3] = 255;
    }
    c.putImageData(data, 0, 0);
    button.appendChild(thumb);
    button.addEventListener("click", function () { guarded(function () { self.pick(index); }); });
    thumbs.appendChild(button);
  });
  if (this.examples.length === 0) root.querySelector(".pg-examples").hidden = true;
  clear();
}

var api = {
  panels: [],
  grayFromRGBA: grayFromRGBA, prepare: prepare, Model: Model, layers: LAYERS,
  start: function () {
    var roots = document.querySelectorAll(".playground:not([data-started])");
    for (var i = 0; i < roots.length; i++) {
      var root = roots[i];
      root.setAttribute("data-started", "");
      try {
        api.panels.push(new Panel(root));
        root.classList.add("pg-ready");
      } catch (error) {
        var note = root.querySelector(".pg-failed");
        note.textContent = "The playground could not start: " + error.message;
        note.hidden = false;
      }
    }
  }
};
window.FolioPlayground = api;
api.start();
})();
"""#
}
