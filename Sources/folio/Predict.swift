import ArgumentParser
import Foundation
import struct FolioLanguage.RuntimeError
import FolioLibrary

struct Predict: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Predict the class of image files with a saved model.",
        discussion: "Prints one line per image: the path, the predicted label and its probability. Images get MNIST-style preprocessing first.")

    @Argument(help: "A model saved with model.save(path) (.safetensors).")
    var model: String

    @Argument(help: "PNG or PGM image files.")
    var images: [String]

    @Flag(help: "Print one JSON object per image: path, label, every class's probability and the 28×28 image the model saw.")
    var json = false

    @Flag(help: "The images are already 28×28 model inputs (white on black): skip the MNIST-style preparation.")
    var prepared = false

    func run() throws {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        do {
            for result in try ImagePrediction.predict(model: model, images: images, root: root, prepared: prepared) {
                if json {
                    print(try jsonLine(result))
                } else {
                    print("\(result.path)\t\(result.label)\t\(String(format: "%.4f", result.confidence))")
                }
            }
        } catch let error as RuntimeError {
            var message = "folio: error: \(error.message)"
            if let fix = error.fix { message += "\nfix: \(fix)" }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            throw ExitCode(ExitStatus.usage)
        }
    }

    private struct JSONLine: Encodable {
        var path: String
        var label: String
        var probabilities: [Double]
        var prepared: [Float]
    }

    /// Probabilities with every digit of the Float32 the model computed (Double of a Float prints exactly).
    private func jsonLine(_ result: ImagePrediction.Result) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let line = JSONLine(path: result.path, label: result.label, probabilities: result.probabilities, prepared: result.prepared)
        return String(decoding: try encoder.encode(line), as: UTF8.self)
    }
}
