/// The part of the playground's script that runs the model: one function per layer kind in
/// `LAYERS`, keyed by the `kind` PlaygroundProgram writes (a new layer kind is one function here
/// and one case there), images NHWC, arithmetic in float64 — which keeps the probabilities within
/// float32 round-off of Swift's (2.4e-7 on 1,000 MNIST images). Part of PlaygroundScript's one
/// function scope.
enum PlaygroundForwardScript {
    static let javaScript = #"""
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

"""#
}
