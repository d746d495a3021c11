import FolioCore

/// Random shifts, rotations and zooms drawn afresh for every batch during training
/// (`fit(..., augment: Augmentation(shift: 2, rotate: 10, zoom: 0.1))`), with the same warp as
/// `Dataset.augmented`: each image gets its own shift (up to `shift` pixels in x and y), rotation
/// (up to `rotate` degrees either way) and scale in 1 − `zoom` … 1 + `zoom`, about its centre;
/// with `flip`, half of them (drawn at random) are also mirrored left to right.
public struct ImageAugmentation: Sendable, Equatable {
    public let shift: Double
    public let rotate: Double
    public let zoom: Double
    public let flip: Bool

    public init(shift: Double = 2, rotate: Double = 10, zoom: Double = 0.1, flip: Bool = false) throws {
        guard shift >= 0, shift.isFinite, shift <= 64 else {
            throw DataError.invalidArgument("Augmentation(shift:) is a pixel distance in 0...64, got \(shift)")
        }
        guard rotate >= 0, rotate <= 180 else {
            throw DataError.invalidArgument("Augmentation(rotate:) is an angle in degrees in 0...180, got \(rotate)")
        }
        guard zoom >= 0, zoom < 1 else {
            throw DataError.invalidArgument("Augmentation(zoom:) is a fraction in 0..<1 (0.1 means 90%...110%), got \(zoom)")
        }
        self.shift = shift
        self.rotate = rotate
        self.zoom = zoom
        self.flip = flip
    }

    /// Warps `count` images of `height`×`width`×`channels` values (one after another in `pixels`)
    /// in place; uncovered pixels take `fill`. The warps depend only on `seed`.
    public func apply(to pixels: inout [Float], count: Int, height: Int, width: Int, channels: Int,
                      fill: Float, seed: UInt64) {
        let size = height * width * channels
        guard size > 0, pixels.count >= count * size else { return }
        var random = SplitMix64(seed: Int(truncatingIfNeeded: seed))
        // Flips draw from their own stream, so switching them on leaves every warp as it was.
        var flips = SplitMix64(seed: Int(truncatingIfNeeded: seed ^ 0xF11F_0000_0000_0003))
        let source = pixels
        source.withUnsafeBufferPointer { from in
            pixels.withUnsafeMutableBufferPointer { to in
                guard let fp = from.baseAddress, let tp = to.baseAddress else { return }
                for image in 0..<count {
                    let warp = Warp(dx: random.symmetric(shift), dy: random.symmetric(shift),
                                    degrees: random.symmetric(rotate), scale: 1 + random.symmetric(zoom),
                                    width: width, height: height)
                    warp.apply(fp + image * size, into: tp + image * size, width: width, height: height,
                               channels: channels, fill: fill)
                    if flip, flips.next() & 1 == 1 {
                        Self.mirror(tp + image * size, width: width, height: height, channels: channels)
                    }
                }
            }
        }
    }

    /// Mirrors one image left to right in place (each pixel keeps its channels in order).
    static func mirror(_ image: UnsafeMutablePointer<Float>, width: Int, height: Int, channels: Int) {
        for y in 0..<height {
            let row = image + y * width * channels
            var left = 0, right = width - 1
            while left < right {
                for ch in 0..<channels {
                    let t = row[left * channels + ch]
                    row[left * channels + ch] = row[right * channels + ch]
                    row[right * channels + ch] = t
                }
                left += 1
                right -= 1
            }
        }
    }
}
