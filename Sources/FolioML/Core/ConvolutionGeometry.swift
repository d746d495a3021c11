/// Sizes and padding of a 2-D convolution or pooling window over NHWC images.
struct ConvolutionGeometry {
    let height: Int, width: Int, channels: Int
    let kernel: Int, stride: Int
    let outputHeight: Int, outputWidth: Int
    let padTop: Int, padLeft: Int

    init(height: Int, width: Int, channels: Int, kernel: Int, stride: Int, padding: Padding) {
        self.height = height
        self.width = width
        self.channels = channels
        self.kernel = kernel
        self.stride = stride
        switch padding {
        case .valid:
            outputHeight = height >= kernel ? (height - kernel) / stride + 1 : 0
            outputWidth = width >= kernel ? (width - kernel) / stride + 1 : 0
            padTop = 0
            padLeft = 0
        case .same:
            // TensorFlow's rule: output = ceil(in / stride), extra padding goes to the bottom/right.
            outputHeight = (height + stride - 1) / stride
            outputWidth = (width + stride - 1) / stride
            padTop = max(0, (outputHeight - 1) * stride + kernel - height) / 2
            padLeft = max(0, (outputWidth - 1) * stride + kernel - width) / 2
        }
    }

    var patchSize: Int { kernel * kernel * channels }
    var outputPixels: Int { outputHeight * outputWidth }
    var inputImageSize: Int { height * width * channels }

    /// Copies each output pixel's receptive field of `images` into one row of `columns`
    /// ([images.count·OH·OW, k·k·C], the first image's rows first). Serial: callers split the work.
    func im2col(_ input: UnsafePointer<Float>, images: Range<Int>, into columns: UnsafeMutablePointer<Float>) {
        let patch = patchSize
        var row = columns
        for image in images {
            let source = input + image * inputImageSize
            for oy in 0..<outputHeight {
                for ox in 0..<outputWidth {
                    var destination = row
                    for ky in 0..<kernel {
                        let iy = oy * stride + ky - padTop
                        if iy < 0 || iy >= height {
                            destination.update(repeating: 0, count: kernel * channels)
                            destination += kernel * channels
                            continue
                        }
                        let firstX = ox * stride - padLeft
                        if firstX >= 0, firstX + kernel <= width {
                            // The whole kernel row lies inside the image: one contiguous copy (a plain
                            // loop when it is short, where calling memmove costs more than copying).
                            let from = source + (iy * width + firstX) * channels
                            let span = kernel * channels
                            if span <= 16 {
                                for index in 0..<span { destination[index] = from[index] }
                            } else {
                                destination.update(from: from, count: span)
                            }
                            destination += span
                            continue
                        }
                        for kx in 0..<kernel {
                            let ix = firstX + kx
                            if ix >= 0, ix < width {
                                destination.update(from: source + (iy * width + ix) * channels, count: channels)
                            } else {
                                destination.update(repeating: 0, count: channels)
                            }
                            destination += channels
                        }
                    }
                    row += patch
                }
            }
        }
    }

    /// The adjoint of im2col: overwrites the input gradient of `images` with the sum of the column
    /// rows that came from each pixel. `columns` holds those images' rows only.
    func col2im(_ columns: UnsafePointer<Float>, images: Range<Int>, into input: UnsafeMutablePointer<Float>) {
        let patch = patchSize
        var row = columns
        for image in images {
            let target = input + image * inputImageSize
            target.update(repeating: 0, count: inputImageSize)
            for oy in 0..<outputHeight {
                for ox in 0..<outputWidth {
                    var source = row
                    for ky in 0..<kernel {
                        let iy = oy * stride + ky - padTop
                        if iy < 0 || iy >= height {
                            source += kernel * channels
                            continue
                        }
                        for kx in 0..<kernel {
                            let ix = ox * stride + kx - padLeft
                            if ix >= 0, ix < width {
                                let to = target + (iy * width + ix) * channels
                                VectorLoops.accumulate(source, into: to, count: channels)
                            }
                            source += channels
                        }
                    }
                    row += patch
                }
            }
        }
    }

    /// Runs `body` for every image, the images split in two fixed halves over both cores.
    func runPerImage(_ images: Int, _ body: (Int) -> Void) {
        let work = images * outputPixels * patchSize
        if images < 2 || work < 32_768 {
            for image in 0..<images { body(image) }
            return
        }
        let half = (images + 1) / 2
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            let start = worker * half
            let end = min(images, start + half)
            if start < end { for image in start..<end { body(image) } }
        }
    }
}

import Dispatch
