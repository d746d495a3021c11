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

    /// Copies each output pixel's receptive field into one row of `columns` ([N·OH·OW, k·k·C]).
    func im2col(_ input: UnsafePointer<Float>, images: Int, into columns: UnsafeMutablePointer<Float>) {
        let rowsPerImage = outputPixels
        let patch = patchSize
        runPerImage(images) { image in
            let source = input + image * inputImageSize
            var row = columns + image * rowsPerImage * patch
            for oy in 0..<outputHeight {
                for ox in 0..<outputWidth {
                    var destination = row
                    for ky in 0..<kernel {
                        let iy = oy * stride + ky - padTop
                        for kx in 0..<kernel {
                            let ix = ox * stride + kx - padLeft
                            if iy >= 0, iy < height, ix >= 0, ix < width {
                                let from = source + (iy * width + ix) * channels
                                if channels == 1 {
                                    destination[0] = from[0]
                                } else {
                                    destination.update(from: from, count: channels)
                                }
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

    /// The adjoint of im2col: adds each column row back onto the input pixels it came from.
    func col2im(_ columns: UnsafePointer<Float>, images: Int, into input: UnsafeMutablePointer<Float>) {
        let rowsPerImage = outputPixels
        let patch = patchSize
        runPerImage(images) { image in
            let target = input + image * inputImageSize
            target.update(repeating: 0, count: inputImageSize)
            var row = columns + image * rowsPerImage * patch
            for oy in 0..<outputHeight {
                for ox in 0..<outputWidth {
                    var source = row
                    for ky in 0..<kernel {
                        let iy = oy * stride + ky - padTop
                        for kx in 0..<kernel {
                            let ix = ox * stride + kx - padLeft
                            if iy >= 0, iy < height, ix >= 0, ix < width {
                                let to = target + (iy * width + ix) * channels
                                for c in 0..<channels { to[c] += source[c] }
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
