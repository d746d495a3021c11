import Foundation
import FolioCore

/// A model or safetensors file that cannot be written or read. The message names the file and
/// says what is wrong with it, e.g. "models/cnn.safetensors: tensor 'dense/kernel' is missing".
public struct ModelFileError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// The path of the file (or "<memory>" when decoding bytes that have no file).
    public let file: String
    public let problem: String

    public init(file: String, problem: String) {
        self.file = file
        self.problem = problem
    }

    public var description: String { "\(file): \(problem)" }
    public var errorDescription: String? { description }
}

extension ModelFileError {
    /// Writes model bytes atomically (FolioCore's AtomicFile: the old file or the complete new
    /// one, never half), reporting a failure as a model-file error that names the file.
    static func writing(_ data: Data, to url: URL) throws {
        do {
            try AtomicFile.write(data, to: url)
        } catch let failure as AtomicFile.WriteError {
            throw ModelFileError(file: url.path, problem: "cannot write the file: \(failure.reason)")
        }
    }
}
