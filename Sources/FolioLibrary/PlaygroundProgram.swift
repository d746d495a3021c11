import Foundation
import FolioML

/// A trained model as the program the report's script runs (`model.playground()`): one entry per
/// layer in the order the forward pass applies them, every weight array a slice of one float32
/// buffer (little-endian, base64 in the page). The script has one function per layer `kind`; a
/// model or layer it has no function for is refused here, with the reason the report shows.
struct PlaygroundProgram: Encodable {
    /// One step of the forward pass. Only the fields its kind needs are set (nil ones are left
    /// out of the JSON).
    struct Layer: Encodable {
        var kind: String
        var name: String
        var inputShape: [Int]
        var outputShape: [Int]
        var units: Int?
        var filters: Int?
        var kernel: Int?
        var stride: Int?
        var padding: String?
        var size: Int?
        var epsilon: Double?
        var activation: String?
        /// Parameter role ("kernel", "bias", "gamma", …) → [offset, count] in the weight buffer.
        var weights: [String: [Int]] = [:]
    }

    /// The test images the second panel offers, in the model's pixel scale.
    struct Examples: Encodable {
        var shape: [Int]
        /// "uint8": byte b means Float(b) / 255 × maximum, exactly (checked when encoding);
        /// "float32": the values themselves.
        var encoding: String
        var maximum: Float
        var labels: [Int]
        var data: String
    }

    var classNames: [String]
    var inputShape: [Int]
    /// The pixel value the model was trained on as full ink (1 after `normalized()`, 255 for raw
    /// pixels): a drawn digit, prepared to 0…1, is multiplied by it, as `predict(image:)` does.
    var pixelScale: Float
    /// The model's output is logits: the page applies a softmax, as `predictProbabilities` does.
    var softmaxAtEnd: Bool
    var layers: [Layer]
    var weights: String
    var weightCount: Int
    var examples: Examples?

    /// Why the page cannot run a model, in words for the report.
    struct Unsupported: Error {
        var reason: String
    }

    /// The program for `model`, or `Unsupported` naming what the page lacks.
    init(model: Classifier, inputShape: [Int], classNames: [String], pixelScale: Float) throws {
        var buffer: [Float] = []
        func slice(_ values: [Float]) -> [Int] {
            defer { buffer += values }
            return [buffer.count, values.count]
        }
        switch model.modelDescription {
        case .sequential:
            guard let sequential = model as? Sequential else {
                throw Unsupported(reason: "\(model.displayName) describes itself as a Sequential network but is not one")
            }
            var shape = sequential.inputShape ?? inputShape
            var layers: [Layer] = []
            for layer in sequential.layers {
                var step = try Self.describe(layer, inputShape: shape)
                for parameter in layer.parameters {
                    let role = parameter.name.split(separator: "/").last.map(String.init) ?? parameter.name
                    step.weights[role] = slice(parameter.value)
                }
                layers.append(step)
                shape = layer.outputShape
            }
            self.layers = layers
            self.inputShape = sequential.inputShape ?? inputShape
            softmaxAtEnd = !Self.endsInSoftmax(sequential)
        case .logisticRegression(_, let features, let classes), .linearSVM(_, let features, let classes):
            // One linear map of the pixels, then the softmax `predictProbabilities` applies.
            let state = try model.stateDict()
            guard let kernel = state.first(where: { $0.name.hasSuffix("/kernel") }),
                  let bias = state.first(where: { $0.name.hasSuffix("/bias") }) else {
                throw Unsupported(reason: "\(model.displayName) has no weights to run")
            }
            var step = Layer(kind: "dense", name: "linear", inputShape: [features], outputShape: [classes])
            step.units = classes
            step.activation = Activation.linear.rawValue
            step.weights = ["kernel": slice(kernel.values), "bias": slice(bias.values)]
            layers = [step]
            self.inputShape = inputShape
            softmaxAtEnd = true
        case .knn(let k, _, _, let samples):
            throw Unsupported(reason: "a \(k)-nearest-neighbours model compares each image with all \(samples) training images it keeps, too many to put in the page")
        }
        self.classNames = classNames
        self.pixelScale = pixelScale
        weightCount = buffer.count
        weights = Self.base64(buffer)
    }

    /// The page's description of one layer: add a case here and a function of the same `kind` to
    /// the script (PlaygroundScript) for each new layer. It reads the layer objects, not their
    /// LayerSpec, so a layer kind added to FolioML lands in `default` (the page says it cannot
    /// run it) instead of breaking this switch.
    static func describe(_ layer: FolioML.Layer, inputShape: [Int]) throws -> Layer {
        var step = Layer(kind: "", name: layer.name, inputShape: inputShape, outputShape: layer.outputShape)
        switch layer {
        case let dense as Dense:
            step.kind = "dense"
            step.units = dense.units
            step.activation = dense.activation.rawValue
        case let conv as Conv2D:
            step.kind = "conv2d"
            step.filters = conv.filters
            step.kernel = conv.kernelSize
            step.stride = conv.stride
            step.padding = conv.padding.rawValue
            step.activation = conv.activation.rawValue
        case let pool as MaxPool2D:
            step.kind = "maxpool2d"
            step.size = pool.size
        case let pool as AvgPool2D:
            step.kind = "avgpool2d"
            step.size = pool.size
        case is Flatten:
            step.kind = "flatten"
        case is Dropout:
            // Inference: dropout passes its input through.
            step.kind = "identity"
        case let norm as BatchNorm:
            step.kind = "batchnorm"
            step.epsilon = norm.epsilon
        default:
            throw Unsupported(reason: "the page cannot run the layer \(layer.name) (\(layer.kind)) yet")
        }
        return step
    }

    private static func endsInSoftmax(_ model: Sequential) -> Bool {
        switch model.layers.last {
        case let dense as Dense: return dense.activation == .softmax
        case let conv as Conv2D: return conv.activation == .softmax
        default: return false
        }
    }

    /// Little-endian float32 bytes, base64: what the page decodes into a Float32Array.
    static func base64(_ values: [Float]) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(values.count * 4)
        for value in values {
            let bits = value.bitPattern.littleEndian
            bytes += [UInt8(truncatingIfNeeded: bits), UInt8(truncatingIfNeeded: bits >> 8),
                      UInt8(truncatingIfNeeded: bits >> 16), UInt8(truncatingIfNeeded: bits >> 24)]
        }
        return Data(bytes).base64EncodedString()
    }

    /// The images as bytes when every value is exactly Float(b) / 255 × maximum for a byte b (the
    /// page decodes them with the same float32 steps), else as float32.
    static func examples(_ images: [[Float]], labels: [Int], shape: [Int], maximum: Float) -> Examples {
        var bytes = [UInt8]()
        var exact = maximum > 0 && maximum.isFinite
        for image in images where exact {
            for value in image {
                let scaled = (value / maximum * 255).rounded()
                guard scaled >= 0, scaled <= 255 else { exact = false; break }
                let byte = UInt8(scaled)
                guard Float(byte) / 255 * maximum == value else { exact = false; break }
                bytes.append(byte)
            }
        }
        if exact {
            return Examples(shape: shape, encoding: "uint8", maximum: maximum, labels: labels, data: Data(bytes).base64EncodedString())
        }
        return Examples(shape: shape, encoding: "float32", maximum: maximum, labels: labels, data: base64(images.flatMap { $0 }))
    }
}
