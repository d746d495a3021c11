/// The part of the playground's script that prepares a drawing the way FolioData does: a
/// step-by-step port of `DigitPreprocessor.mnistStyle` and `Resampler`, in float32 (`f`, which
/// is `Math.fround`, after every operation Swift does in Float), so the page's 28×28 image is the
/// one `predict(image:)` gets from the same pixels, bit for bit; the greyscale step is
/// RasterImage.gray's, with PNGCodec's compositing onto white. Change any of those Swift steps
/// and change this port with it: scripts/playground-browser-test.sh compares the two on every run.
/// Part of PlaygroundScript's one function scope (it uses its `f` and `round`).
enum PlaygroundPreparationScript {
    static let javaScript = #"""
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

"""#
}
