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

    func run() throws {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        do {
            for result in try ImagePrediction.predict(model: model, images: images, root: root) {
                print("\(result.path)\t\(result.label)\t\(String(format: "%.4f", result.confidence))")
            }
        } catch let error as RuntimeError {
            var message = "folio: error: \(error.message)"
            if let fix = error.fix { message += "\nfix: \(fix)" }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            throw ExitCode(ExitStatus.usage)
        }
    }
}
