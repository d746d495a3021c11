/// Turns a picture of one handwritten digit into what an MNIST model expects, following how
/// MNIST itself was made: a white digit on black, its bounding box scaled to fit 20 × 20 keeping
/// its aspect ratio, placed in a 28 × 28 field so its centre of mass is at the centre.
public enum DigitPreprocessor {
    /// The output is `side` × `side`.
    public static let side = 28
    /// The digit's bounding box is scaled so its longer side is `box` pixels.
    public static let box = 20

    /// Work on at most this many pixels along the crop's longer side: plenty for a 20-pixel
    /// result, and it bounds the cost of stroke thickening on large photos.
    static let workingSide = 200

    /// 28 × 28 = 784 values in 0...1, row-major, ink high (white digit on black). A blank image
    /// gives all zeros.
    ///
    /// Steps: (1) ink is darkness when the border is light (paper), brightness when it is dark;
    /// (2) the border's median ink level is taken as background and subtracted, and the strongest
    /// ink is stretched to 1; (3) ink below `inkThreshold` is dropped as noise; (4) crop to the
    /// ink's bounding box; (5) strokes that would come out thinner than `minimumStrokeWidth`
    /// pixels in the 20 × 20 box (a fine pen on a large page) are thickened, since MNIST's strokes
    /// are about 3 pixels wide (median 3.4 by the same 2·area/boundary estimate); (6) scale to fit
    /// 20 × 20 (area averaging when shrinking, bilinear when enlarging) and stretch the strongest
    /// ink back to 1; (7) paste into 28 × 28 centred on the centre of mass, kept fully inside.
    public static func mnistStyle(_ image: GrayImage, inkThreshold: Float = 0.2, minimumStrokeWidth: Double = 3) -> [Float] {
        let blank = [Float](repeating: 0, count: side * side)
        let width = image.width, height = image.height
        guard width > 0, height > 0, image.pixels.count == width * height else { return blank }

        // (1) Which way round is the ink?
        let border = borderValues(image)
        let borderMean = border.reduce(0, +) / Float(max(border.count, 1))
        let invert = borderMean > 0.5
        var ink = invert ? image.pixels.map { 1 - $0 } : image.pixels

        // (2) Remove the background level, stretch the contrast.
        let borderInk = (invert ? border.map { 1 - $0 } : border).sorted()
        let background = borderInk.isEmpty ? 0 : borderInk[borderInk.count / 2]
        var peak: Float = 0
        for i in ink.indices {
            ink[i] = max(0, ink[i] - background)
            peak = max(peak, ink[i])
        }
        guard peak > 1e-3 else { return blank }

        // (3) and (4): drop faint noise, find the bounding box.
        var minX = width, minY = height, maxX = -1, maxY = -1
        for y in 0..<height {
            for x in 0..<width {
                let i = y * width + x
                let v = ink[i] / peak
                if v < inkThreshold {
                    ink[i] = 0
                } else {
                    ink[i] = min(v, 1)
                    minX = min(minX, x); maxX = max(maxX, x)
                    minY = min(minY, y); maxY = max(maxY, y)
                }
            }
        }
        guard maxX >= minX, maxY >= minY else { return blank }
        var cropWidth = maxX - minX + 1, cropHeight = maxY - minY + 1
        var crop = [Float](repeating: 0, count: cropWidth * cropHeight)
        for y in 0..<cropHeight {
            for x in 0..<cropWidth {
                crop[y * cropWidth + x] = ink[(y + minY) * width + (x + minX)]
            }
        }

        // (5) Thicken thin strokes, at a bounded working resolution.
        let longSide = max(cropWidth, cropHeight)
        if longSide > workingSide {
            let factor = Double(workingSide) / Double(longSide)
            let w = max(1, Int((Double(cropWidth) * factor).rounded())), h = max(1, Int((Double(cropHeight) * factor).rounded()))
            crop = Resampler.resize(crop, height: cropHeight, width: cropWidth, channels: 1, toHeight: h, toWidth: w)
            (cropWidth, cropHeight) = (w, h)
        }
        let toBox = Double(box) / Double(max(cropWidth, cropHeight))
        let strokeWidth = estimatedStrokeWidth(crop, width: cropWidth, height: cropHeight)
        let wanted = minimumStrokeWidth / toBox
        if toBox < 1, strokeWidth < wanted {
            let radius = Int(((wanted - strokeWidth) / 2).rounded(.up))
            (crop, cropWidth, cropHeight) = dilated(crop, width: cropWidth, height: cropHeight, radius: radius)
        }

        // (6) Fit into box × box keeping the aspect ratio.
        let scale = Double(box) / Double(max(cropWidth, cropHeight))
        let fittedWidth = min(box, max(1, Int((Double(cropWidth) * scale).rounded())))
        let fittedHeight = min(box, max(1, Int((Double(cropHeight) * scale).rounded())))
        var fitted = Resampler.resize(crop, height: cropHeight, width: cropWidth, channels: 1,
                                      toHeight: fittedHeight, toWidth: fittedWidth)
        let fittedPeak = fitted.max() ?? 0
        if fittedPeak > 0 && fittedPeak < 1 {
            for i in fitted.indices { fitted[i] /= fittedPeak }
        }

        // (7) Centre of mass to the middle of the field.
        var mass: Float = 0, sumX: Float = 0, sumY: Float = 0
        for y in 0..<fittedHeight {
            for x in 0..<fittedWidth {
                let v = fitted[y * fittedWidth + x]
                mass += v
                sumX += v * (Float(x) + 0.5)
                sumY += v * (Float(y) + 0.5)
            }
        }
        let centreX = mass > 0 ? sumX / mass : Float(fittedWidth) / 2
        let centreY = mass > 0 ? sumY / mass : Float(fittedHeight) / 2
        let half = Float(side) / 2
        let left = min(max(Int((half - centreX).rounded()), 0), side - fittedWidth)
        let top = min(max(Int((half - centreY).rounded()), 0), side - fittedHeight)

        var output = blank
        for y in 0..<fittedHeight {
            for x in 0..<fittedWidth {
                output[(y + top) * side + (x + left)] = min(max(fitted[y * fittedWidth + x], 0), 1)
            }
        }
        return output
    }

    /// The preprocessed digit as a one-image data set (0...255, label 0), ready for a model.
    public static func mnistStyleDataset(_ image: GrayImage, source: String = "image") -> Dataset {
        Dataset(storage: mnistStyle(image).map { $0 * 255 }, rows: nil, labels: [0], imageShape: [side, side, 1],
                classNames: Dataset.digitNames(covering: []), source: "\(source) → MNIST-style", pixelMaximum: 255)
    }

    /// Stroke width from the ink mask: 2 · area / boundary pixels (exact for long strokes at
    /// least 2 pixels wide).
    static func estimatedStrokeWidth(_ ink: [Float], width: Int, height: Int) -> Double {
        var area = 0, boundary = 0
        for y in 0..<height {
            for x in 0..<width where ink[y * width + x] > 0 {
                area += 1
                let edge = x == 0 || y == 0 || x == width - 1 || y == height - 1
                    || ink[y * width + x - 1] == 0 || ink[y * width + x + 1] == 0
                    || ink[(y - 1) * width + x] == 0 || ink[(y + 1) * width + x] == 0
                if edge { boundary += 1 }
            }
        }
        return boundary == 0 ? 0 : 2 * Double(area) / Double(boundary)
    }

    /// Grey dilation by a (2r+1)² square, on a canvas padded by r so nothing is cut off.
    static func dilated(_ ink: [Float], width: Int, height: Int, radius: Int) -> ([Float], Int, Int) {
        let w = width + 2 * radius, h = height + 2 * radius
        var padded = [Float](repeating: 0, count: w * h)
        for y in 0..<height {
            for x in 0..<width { padded[(y + radius) * w + x + radius] = ink[y * width + x] }
        }
        var horizontal = [Float](repeating: 0, count: w * h)
        for y in 0..<h {
            for x in 0..<w {
                var m: Float = 0
                for k in max(0, x - radius)...min(w - 1, x + radius) { m = max(m, padded[y * w + k]) }
                horizontal[y * w + x] = m
            }
        }
        var result = [Float](repeating: 0, count: w * h)
        for y in 0..<h {
            for x in 0..<w {
                var m: Float = 0
                for k in max(0, y - radius)...min(h - 1, y + radius) { m = max(m, horizontal[k * w + x]) }
                result[y * w + x] = m
            }
        }
        return (result, w, h)
    }

    private static func borderValues(_ image: GrayImage) -> [Float] {
        let w = image.width, h = image.height
        var values = [Float]()
        for x in 0..<w {
            values.append(image.pixels[x])
            if h > 1 { values.append(image.pixels[(h - 1) * w + x]) }
        }
        if h > 2 {
            for y in 1..<(h - 1) {
                values.append(image.pixels[y * w])
                if w > 1 { values.append(image.pixels[y * w + w - 1]) }
            }
        }
        return values
    }
}
