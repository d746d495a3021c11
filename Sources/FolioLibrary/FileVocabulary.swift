import Foundation
import FolioLanguage

/// The file vocabulary: questions a notebook asks about the project folder, so it can choose
/// between data sets (full MNIST when it is there, the 5,000-digit set otherwise).
enum FileVocabulary {
    static var vocabulary: Vocabulary {
        var v = Vocabulary()
        v.add(functions)
        return v
    }

    static var functions: [Declaration] {
        [
            Declaration(.function, "fileExists", [Param(nil, name: "path", .string, doc: "a file or folder, relative to the project root")],
                        returns: .bool, topic: "Data",
                        doc: "Whether a file or folder exists, e.g. to use full MNIST when it is there and the 5k set otherwise.",
                        example: "if fileExists(\"data/mnist/train-images-idx3-ubyte.gz\") { print(\"full MNIST\") }") { call in
                // Nothing is read, but the answer is an input of the cell: the cache re-runs it when
                // the file appears or disappears.
                let url = try call.path("path")
                call.context.recordProbe(url)
                return .bool(FileManager.default.fileExists(atPath: url.path))
            },
        ]
    }
}
