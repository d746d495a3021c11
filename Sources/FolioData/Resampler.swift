/// Separable image resizing: linear interpolation along an axis that grows, area averaging along
/// an axis that shrinks (so thin strokes are not lost and there is no aliasing). Together this is
/// bilinear resizing for enlargement and box-filtered reduction for shrinking.
enum Resampler {
    /// For each output index, the source indices and weights that make it (weights sum to 1).
    struct Taps {
        var start: [Int] = []
        var count: [Int] = []
        var indices: [Int] = []
        var weights: [Float] = []
    }

    static func taps(from inputLength: Int, to outputLength: Int) -> Taps {
        var taps = Taps()
        let scale = Double(inputLength) / Double(outputLength)
        for o in 0..<outputLength {
            taps.start.append(taps.indices.count)
            if outputLength >= inputLength {
                // Linear: sample at the output pixel's centre, pixel centres aligned.
                let position = min(max((Double(o) + 0.5) * scale - 0.5, 0), Double(inputLength - 1))
                let lower = Int(position)
                let upper = min(lower + 1, inputLength - 1)
                let fraction = Float(position - Double(lower))
                taps.indices += [lower, upper]
                taps.weights += [1 - fraction, fraction]
                taps.count.append(2)
            } else {
                // Area: the output pixel covers [o, o+1) × scale of the input.
                let from = Double(o) * scale, to = Double(o + 1) * scale
                var i = Int(from)
                var n = 0
                while Double(i) < to && i < inputLength {
                    let overlap = min(Double(i + 1), to) - max(Double(i), from)
                    if overlap > 0 {
                        taps.indices.append(i)
                        taps.weights.append(Float(overlap / scale))
                        n += 1
                    }
                    i += 1
                }
                taps.count.append(n)
            }
        }
        return taps
    }

    /// Resizes one H × W × C image (channels last) to outHeight × outWidth.
    static func resize(_ source: UnsafeBufferPointer<Float>, height: Int, width: Int, channels: Int,
                       toHeight outHeight: Int, toWidth outWidth: Int,
                       columns: Taps, rows: Taps, into target: UnsafeMutableBufferPointer<Float>) {
        // Horizontal pass: height × outWidth × channels.
        var horizontal = [Float](repeating: 0, count: height * outWidth * channels)
        for y in 0..<height {
            for x in 0..<outWidth {
                let s = columns.start[x]
                for c in 0..<channels {
                    var sum: Float = 0
                    for t in s..<(s + columns.count[x]) {
                        sum += columns.weights[t] * source[(y * width + columns.indices[t]) * channels + c]
                    }
                    horizontal[(y * outWidth + x) * channels + c] = sum
                }
            }
        }
        // Vertical pass into the target.
        for y in 0..<outHeight {
            let s = rows.start[y]
            for x in 0..<outWidth {
                for c in 0..<channels {
                    var sum: Float = 0
                    for t in s..<(s + rows.count[y]) {
                        sum += rows.weights[t] * horizontal[(rows.indices[t] * outWidth + x) * channels + c]
                    }
                    target[(y * outWidth + x) * channels + c] = sum
                }
            }
        }
    }

    /// Convenience for a single image held in an array.
    static func resize(_ image: [Float], height: Int, width: Int, channels: Int, toHeight outHeight: Int, toWidth outWidth: Int) -> [Float] {
        var result = [Float](repeating: 0, count: outHeight * outWidth * channels)
        let columns = taps(from: width, to: outWidth), rows = taps(from: height, to: outHeight)
        image.withUnsafeBufferPointer { source in
            result.withUnsafeMutableBufferPointer { target in
                resize(source, height: height, width: width, channels: channels, toHeight: outHeight, toWidth: outWidth,
                       columns: columns, rows: rows, into: target)
            }
        }
        return result
    }
}
