/// Turns a picture of one handwritten digit into what an MNIST model expects, following how
/// MNIST itself was made: a white digit on black, its bounding box scaled to fit 20 × 20 keeping
/// its aspect ratio, placed in a 28 × 28 field so its centre of mass is at the centre.
public enum DigitPreprocessor {
    /// The output is `side` × `side`.
    public static let side = 28
    /// The digit's bounding box is scaled so its longer side is `box` pixels.
    public static let box = 20

    /// 28 × 28 = 784 values in 0...1, row-major, ink high (white digit on black). A blank image
    /// gives all zeros.
    ///
    /// Steps: (1) ink is darkness when the border is light (paper), brightness when it is dark;
    /// (2) the border's median ink level is taken as background and subtracted, and the strongest
    /// ink is stretched to 1; (3) ink below `inkThreshold` is dropped as noise; (4) crop to the
    /// ink's bounding box; (5) scale to fit 20 × 20 (area averaging when shrinking, bilinear when
    /// enlarging); (6) paste into 28 × 28 centred on the centre of mass, kept fully inside.
    public static func mnistStyle(_ image: GrayImage, inkThreshold: Float = 0.2) -> [Float] {
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
        let cropWidth = maxX - minX + 1, cropHeight = maxY - minY + 1
        var crop = [Float](repeating: 0, count: cropWidth * cropHeight)
        for y in 0..<cropHeight {
            for x in 0..<cropWidth {
                crop[y * cropWidth + x] = ink[(y + minY) * width + (x + minX)]
            }
        }

        // (5) Fit into box × box keeping the aspect ratio.
        let scale = Double(box) / Double(max(cropWidth, cropHeight))
        let fittedWidth = min(box, max(1, Int((Double(cropWidth) * scale).rounded())))
        let fittedHeight = min(box, max(1, Int((Double(cropHeight) * scale).rounded())))
        let fitted = Resampler.resize(crop, height: cropHeight, width: cropWidth, channels: 1,
                                      toHeight: fittedHeight, toWidth: fittedWidth)

        // (6) Centre of mass to the middle of the field.
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
