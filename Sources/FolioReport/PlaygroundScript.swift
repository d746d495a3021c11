/// The script of `model.playground()`'s panel, in plain JavaScript (no library, no WebAssembly,
/// nothing fetched): it reads the panel's program (PlaygroundProgram's JSON), lets the reader draw,
/// prepares the drawing exactly as FolioData's DigitPreprocessor does and runs the forward pass.
///
/// The preparation is a step-by-step port of `DigitPreprocessor.mnistStyle` and `Resampler`, in
/// float32 (`Math.fround` after every operation Swift does in Float), so the page's 28×28 image is
/// the one `predict(image:)` gets from the same pixels; the greyscale step is RasterImage.gray's
/// (with PNGCodec's compositing onto white). The forward pass runs in float64, which keeps its
/// probabilities within float32 round-off of Swift's. Change any of those Swift steps and change
/// this port with it: scripts/playground-browser-test.sh compares the two on every run.
///
/// Layers are functions of `LAYERS`, keyed by the `kind` PlaygroundProgram writes: a new layer
/// kind is one function here and one case there.
enum PlaygroundScript {
    static let javaScript = #"""
(function () {
"use strict";
if (window.FolioPlayground) { window.FolioPlayground.start(); return; }
var f = Math.fround;
// Swift's rounded(): half away from zero.
function round(x) { return x < 0 ? -Math.round(-x) : Math.round(x); }

// ---- Greyscale: RasterImage.gray of an RGBA image composited onto white (PNGCodec).
function grayFromRGBA(rgba, width, height) {
  var out = new Float32Array(width * height), scale = f(1 / 255);
  var wr = f(0.299), wg = f(0.587), wb = f(0.114);
  for (var i = 0; i < width * height; i++) {
    var r = rgba[4 * i], g = rgba[4 * i + 1], b = rgba[4 * i + 2], a = f(rgba[4 * i + 3] / 255);
    var white = f(255 * f(1 - a));
    r = f(f(r * a) + white); g = f(f(g * a) + white); b = f(f(b * a) + white);
    out[i] = f(f(f(f(wr * r) + f(wg * g)) + f(wb * b)) * scale);
  }
  return out;
}

// ---- Resampler: linear along a growing axis, area averaging along a shrinking one.
function taps(inputLength, outputLength) {
  var t = { start: [], count: [], indices: [], weights: [] };
  var scale = inputLength / outputLength;
  for (var o = 0; o < outputLength; o++) {
    t.start.push(t.indices.length);
    if (outputLength >= inputLength) {
      var position = Math.min(Math.max((o + 0.5) * scale - 0.5, 0), inputLength - 1);
      var lower = Math.floor(position), upper = Math.min(lower + 1, inputLength - 1);
      var fraction = f(position - lower);
      t.indices.push(lower, upper);
      t.weights.push(f(1 - fraction), fraction);
      t.count.push(2);
    } else {
      var from = o * scale, to = (o + 1) * scale, i = Math.floor(from), n = 0;
      while (i < to && i < inputLength) {
        var overlap = Math.min(i + 1, to) - Math.max(i, from);
        if (overlap > 0) { t.indices.push(i); t.weights.push(f(overlap / scale)); n++; }
        i++;
      }
      t.count.push(n);
    }
  }
  return t;
}
function resize(source, height, width, outHeight, outWidth) {
  var columns = taps(width, outWidth), rows = taps(height, outHeight);
  var horizontal = new Float32Array(height * outWidth), target = new Float32Array(outHeight * outWidth);
  var x, y, s, t, sum;
  for (y = 0; y < height; y++) {
    for (x = 0; x < outWidth; x++) {
      s = columns.start[x]; sum = 0;
      for (t = s; t < s + columns.count[x]; t++) sum = f(sum + f(columns.weights[t] * source[y * width + columns.indices[t]]));
      horizontal[y * outWidth + x] = sum;
    }
  }
  for (y = 0; y < outHeight; y++) {
    s = rows.start[y];
    for (x = 0; x < outWidth; x++) {
      sum = 0;
      for (t = s; t < s + rows.count[y]; t++) sum = f(sum + f(rows.weights[t] * horizontal[rows.indices[t] * outWidth + x]));
      target[y * outWidth + x] = sum;
    }
  }
  return target;
}

// ---- DigitPreprocessor.mnistStyle: grey 0…1 (0 black) in, 28×28 ink 0…1 out.
var SIDE = 28, BOX = 20, WORKING_SIDE = 200;
function borderValues(p, w, h) {
  var values = [], x, y;
  for (x = 0; x < w; x++) { values.push(p[x]); if (h > 1) values.push(p[(h - 1) * w + x]); }
  if (h > 2) for (y = 1; y < h - 1; y++) { values.push(p[y * w]); if (w > 1) values.push(p[y * w + w - 1]); }
  return values;
}
function strokeWidth(ink, width, height) {
  var area = 0, boundary = 0;
  for (var y = 0; y < height; y++) for (var x = 0; x < width; x++) {
    if (!(ink[y * width + x] > 0)) continue;
    area++;
    if (x === 0 || y === 0 || x === width - 1 || y === height - 1 || ink[y * width + x - 1] === 0 ||
        ink[y * width + x + 1] === 0 || ink[(y - 1) * width + x] === 0 || ink[(y + 1) * width + x] === 0) boundary++;
  }
  return boundary === 0 ? 0 : 2 * area / boundary;
}
function dilated(ink, width, height, radius) {
  var w = width + 2 * radius, h = height + 2 * radius, x, y, k, m;
  var padded = new Float32Array(w * h), horizontal = new Float32Array(w * h), result = new Float32Array(w * h);
  for (y = 0; y < height; y++) for (x = 0; x < width; x++) padded[(y + radius) * w + x + radius] = ink[y * width + x];
  for (y = 0; y < h; y++) for (x = 0; x < w; x++) {
    m = 0;
    for (k = Math.max(0, x - radius); k <= Math.min(w - 1, x + radius); k++) m = Math.max(m, padded[y * w + k]);
    horizontal[y * w + x] = m;
  }
  for (y = 0; y < h; y++) for (x = 0; x < w; x++) {
    m = 0;
    for (k = Math.max(0, y - radius); k <= Math.min(h - 1, y + radius); k++) m = Math.max(m, horizontal[k * w + x]);
    result[y * w + x] = m;
  }
  return { ink: result, width: w, height: h };
}
function prepare(pixels, width, height) {
  var inkThreshold = f(0.2), minimumStrokeWidth = 3;
  var blank = new Float32Array(SIDE * SIDE), i, x, y;
  if (!(width > 0 && height > 0 && pixels.length === width * height)) return blank;
  // (1) Which way round is the ink?
  var border = borderValues(pixels, width, height), sum = 0;
  for (i = 0; i < border.length; i++) sum = f(sum + border[i]);
  var invert = f(sum / Math.max(border.length, 1)) > 0.5;
  var ink = new Float32Array(pixels.length);
  for (i = 0; i < pixels.length; i++) ink[i] = invert ? f(1 - pixels[i]) : pixels[i];
  // (2) Remove the background level, stretch the contrast.
  var borderInk = Float32Array.from(border, function (v) { return invert ? f(1 - v) : v; }).sort();
  var background = borderInk.length === 0 ? 0 : borderInk[Math.floor(borderInk.length / 2)], peak = 0;
  for (i = 0; i < ink.length; i++) { ink[i] = Math.max(0, f(ink[i] - background)); peak = Math.max(peak, ink[i]); }
  if (!(peak > f(1e-3))) return blank;
  // (3) and (4): drop faint noise, find the bounding box.
  var minX = width, minY = height, maxX = -1, maxY = -1;
  for (y = 0; y < height; y++) for (x = 0; x < width; x++) {
    i = y * width + x;
    var v = f(ink[i] / peak);
    if (v < inkThreshold) { ink[i] = 0; } else {
      ink[i] = Math.min(v, 1);
      minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    }
  }
  if (!(maxX >= minX && maxY >= minY)) return blank;
  var cropWidth = maxX - minX + 1, cropHeight = maxY - minY + 1, crop = new Float32Array(cropWidth * cropHeight);
  for (y = 0; y < cropHeight; y++) for (x = 0; x < cropWidth; x++) crop[y * cropWidth + x] = ink[(y + minY) * width + x + minX];
  // (5) Thicken thin strokes, at a bounded working resolution.
  var longSide = Math.max(cropWidth, cropHeight);
  if (longSide > WORKING_SIDE) {
    var factor = WORKING_SIDE / longSide;
    var w = Math.max(1, round(cropWidth * factor)), h = Math.max(1, round(cropHeight * factor));
    crop = resize(crop, cropHeight, cropWidth, h, w); cropWidth = w; cropHeight = h;
  }
  var toBox = BOX / Math.max(cropWidth, cropHeight), stroke = strokeWidth(crop, cropWidth, cropHeight);
  var wanted = minimumStrokeWidth / toBox;
  if (toBox < 1 && stroke < wanted) {
    var thick = dilated(crop, cropWidth, cropHeight, Math.ceil((wanted - stroke) / 2));
    crop = thick.ink; cropWidth = thick.width; cropHeight = thick.height;
  }
  // (6) Fit into BOX × BOX keeping the aspect ratio.
  var scale = BOX / Math.max(cropWidth, cropHeight);
  var fittedWidth = Math.min(BOX, Math.max(1, round(cropWidth * scale)));
  var fittedHeight = Math.min(BOX, Math.max(1, round(cropHeight * scale)));
  var fitted = resize(crop, cropHeight, cropWidth, fittedHeight, fittedWidth), fittedPeak = 0;
  for (i = 0; i < fitted.length; i++) fittedPeak = Math.max(fittedPeak, fitted[i]);
  if (fittedPeak > 0 && fittedPeak < 1) for (i = 0; i < fitted.length; i++) fitted[i] = f(fitted[i] / fittedPeak);
  // (7) Centre of mass to the middle of the field.
  var mass = 0, sumX = 0, sumY = 0;
  for (y = 0; y < fittedHeight; y++) for (x = 0; x < fittedWidth; x++) {
    var value = fitted[y * fittedWidth + x];
    mass = f(mass + value); sumX = f(sumX + f(value * f(x + 0.5))); sumY = f(sumY + f(value * f(y + 0.5)));
  }
  var centreX = mass > 0 ? f(sumX / mass) : f(fittedWidth / 2), centreY = mass > 0 ? f(sumY / mass) : f(fittedHeight / 2);
  var half = SIDE / 2;
  var left = Math.min(Math.max(round(f(half - centreX)), 0), SIDE - fittedWidth);
  var top = Math.min(Math.max(round(f(half - centreY)), 0), SIDE - fittedHeight);
  var output = blank;
  for (y = 0; y < fittedHeight; y++) for (x = 0; x < fittedWidth; x++) {
    output[(y + top) * SIDE + x + left] = Math.min(Math.max(fitted[y * fittedWidth + x], 0), 1);
  }
  return output;
}

// ---- The forward pass: one function per layer kind, NHWC, float64.
function activate(values, name, width) {
  var i, n = values.length;
  switch (name) {
    case "linear": return values;
    case "relu": for (i = 0; i < n; i++) if (!(values[i] > 0)) values[i] = 0; return values;
    case "sigmoid": for (i = 0; i < n; i++) values[i] = 1 / (1 + Math.exp(-values[i])); return values;
    case "tanh": for (i = 0; i < n; i++) values[i] = Math.tanh(values[i]); return values;
    case "softmax": for (i = 0; i < n; i += width) softmax(values, i, width); return values;
  }
  throw new Error("unknown activation " + name);
}
function softmax(values, start, width) {
  var maximum = values[start], sum = 0, i;
  for (i = 1; i < width; i++) if (values[start + i] > maximum) maximum = values[start + i];
  for (i = 0; i < width; i++) { values[start + i] = Math.exp(values[start + i] - maximum); sum += values[start + i]; }
  for (i = 0; i < width; i++) values[start + i] /= sum;
}
function windowGeometry(shape, kernel, stride, padding) {
  var height = shape[0], width = shape[1], g = { height: height, width: width, channels: shape[2], padTop: 0, padLeft: 0 };
  if (padding === "same") {
    g.outHeight = Math.floor((height + stride - 1) / stride); g.outWidth = Math.floor((width + stride - 1) / stride);
    g.padTop = Math.floor(Math.max(0, (g.outHeight - 1) * stride + kernel - height) / 2);
    g.padLeft = Math.floor(Math.max(0, (g.outWidth - 1) * stride + kernel - width) / 2);
  } else {
    g.outHeight = Math.floor((height - kernel) / stride) + 1; g.outWidth = Math.floor((width - kernel) / stride) + 1;
  }
  return g;
}
function pool(layer, x, combine, finish) {
  var s = layer.size, g = windowGeometry(layer.inputShape, s, s, "valid"), C = g.channels;
  var out = new Float64Array(g.outHeight * g.outWidth * C);
  for (var oy = 0; oy < g.outHeight; oy++) for (var ox = 0; ox < g.outWidth; ox++) for (var c = 0; c < C; c++) {
    var acc = null;
    for (var ky = 0; ky < s; ky++) for (var kx = 0; kx < s; kx++) {
      var v = x[((oy * s + ky) * g.width + ox * s + kx) * C + c];
      acc = acc === null ? v : combine(acc, v);
    }
    out[(oy * g.outWidth + ox) * C + c] = finish(acc, s * s);
  }
  return out;
}
var LAYERS = {
  dense: function (layer, x, w) {
    var units = layer.units, inputs = x.length, kernel = w("kernel"), bias = w("bias", true);
    var out = bias ? Float64Array.from(bias) : new Float64Array(units);
    for (var i = 0; i < inputs; i++) {
      var xi = x[i];
      if (xi === 0) continue;
      for (var u = 0, row = i * units; u < units; u++) out[u] += xi * kernel[row + u];
    }
    return activate(out, layer.activation, units);
  },
  conv2d: function (layer, x, w) {
    var k = layer.kernel, F = layer.filters, stride = layer.stride;
    var g = windowGeometry(layer.inputShape, k, stride, layer.padding), C = g.channels;
    var kernel = w("kernel"), bias = w("bias", true), out = new Float64Array(g.outHeight * g.outWidth * F);
    for (var oy = 0; oy < g.outHeight; oy++) for (var ox = 0; ox < g.outWidth; ox++) {
      var base = (oy * g.outWidth + ox) * F;
      if (bias) for (var f0 = 0; f0 < F; f0++) out[base + f0] = bias[f0];
      for (var ky = 0; ky < k; ky++) {
        var iy = oy * stride + ky - g.padTop;
        if (iy < 0 || iy >= g.height) continue;
        for (var kx = 0; kx < k; kx++) {
          var ix = ox * stride + kx - g.padLeft;
          if (ix < 0 || ix >= g.width) continue;
          for (var c = 0; c < C; c++) {
            var xv = x[(iy * g.width + ix) * C + c];
            if (xv === 0) continue;
            var row = ((ky * k + kx) * C + c) * F;
            for (var fi = 0; fi < F; fi++) out[base + fi] += xv * kernel[row + fi];
          }
        }
      }
    }
    return activate(out, layer.activation, F);
  },
  maxpool2d: function (layer, x) { return pool(layer, x, Math.max, function (v) { return v; }); },
  avgpool2d: function (layer, x) { return pool(layer, x, function (a, v) { return a + v; }, function (v, n) { return v / n; }); },
  batchnorm: function (layer, x, w) {
    var gamma = w("gamma"), beta = w("beta"), mean = w("moving_mean"), variance = w("moving_variance");
    var C = gamma.length, out = new Float64Array(x.length);
    for (var i = 0; i < x.length; i++) {
      var c = i % C, scale = gamma[c] / Math.sqrt(variance[c] + layer.epsilon);
      out[i] = x[i] * scale + (beta[c] - mean[c] * scale);
    }
    return out;
  },
  flatten: function (layer, x) { return x; },
  identity: function (layer, x) { return x; }
};
function decode(base64) {
  var text = atob(base64), bytes = new Uint8Array(text.length);
  for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
function Model(program) {
  this.program = program;
  this.weights = new Float32Array(decode(program.weights).buffer);
  for (var i = 0; i < program.layers.length; i++) {
    if (!LAYERS[program.layers[i].kind]) throw new Error("the page cannot run a " + program.layers[i].kind + " layer");
  }
}
// Class probabilities for one input (model scale, row-major H × W × C).
Model.prototype.probabilities = function (input) {
  var x = Float64Array.from(input), weights = this.weights;
  this.program.layers.forEach(function (layer) {
    // w(role) is the layer's weight array of that role; w(role, true) is null when it has none.
    x = LAYERS[layer.kind](layer, x, function (role, optional) {
      var slice = layer.weights[role];
      if (!slice && optional) return null;
      if (!slice) throw new Error(layer.name + " has no " + role + " weights");
      return weights.subarray(slice[0], slice[0] + slice[1]);
    });
  });
  if (this.program.softmaxAtEnd) softmax(x, 0, x.length);
  return x;
};
// A drawn digit (grey, 0 black) to the model's input: prepared, then in the training pixel scale.
Model.prototype.inputFromGray = function (gray, width, height) {
  var prepared = prepare(gray, width, height), scale = this.program.pixelScale;
  return { prepared: prepared, input: scale > 1 ? prepared.map(function (v) { return f(v * scale); }) : prepared };
};
function examples(program) {
  var e = program.examples;
  if (!e) return [];
  var size = e.shape.reduce(function (a, b) { return a * b; }, 1), bytes = decode(e.data), values;
  if (e.encoding === "uint8") {
    values = Float32Array.from(bytes, function (b) { return f(f(b / 255) * e.maximum); });
  } else {
    values = new Float32Array(bytes.buffer);
  }
  return e.labels.map(function (label, i) { return { label: label, pixels: values.subarray(i * size, (i + 1) * size), maximum: e.maximum }; });
}

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
