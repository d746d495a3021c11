import FolioCore
import FolioLibrary
import FolioReport
@testable import FolioRunner
import XCTest

/// The tutorials in `notebooks/`: every one passes the checker, and the train → evaluate pair runs
/// end to end on the 5k fallback data (trimmed by its params), the model file passing from one to
/// the other.
final class TutorialNotebookTests: XCTestCase {
    private var tutorials: [URL] {
        get throws {
            try FileManager.default.contentsOfDirectory(at: packageRoot.appendingPathComponent("notebooks"), includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "md" }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        }
    }

    func testEveryTutorialPassesTheChecker() throws {
        let notebooks = try tutorials
        XCTAssertGreaterThanOrEqual(notebooks.count, 6, notebooks.map(\.lastPathComponent).description)
        for notebook in notebooks {
            let diagnostics = NotebookChecker.check(notebookAt: notebook.path, vocabulary: FolioVocabulary.full, root: packageRoot)
            XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map(\.description), [], notebook.lastPathComponent)
        }
    }

    func testTrainThenEvaluateRunOnTheFallbackData() throws {
        let data = try mnist5k()
        // A project of its own holding only the 5k set, so full MNIST on this machine is not used.
        let project = try Scratch()
        try FileManager.default.createDirectory(at: project.url.appendingPathComponent("data"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: project.url.appendingPathComponent("data/mnist_5k.csv.gz"), withDestinationURL: data)
        // 04-evaluate predicts the digit images that come with the tutorials.
        try FileManager.default.createDirectory(at: project.url.appendingPathComponent("notebooks"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: project.url.appendingPathComponent("notebooks/images"),
                                                   withDestinationURL: packageRoot.appendingPathComponent("notebooks/images"))

        func run(_ name: String, params: [(String, String)]) throws -> (result: RunResult, markdown: String) {
            var options = RunOptions(outputDirectory: project.url.appendingPathComponent("results"), rootDirectory: project.url,
                                     paramOverrides: params, formats: [.md], quiet: true)
            options.cacheMode = .off
            let result = try NotebookRunner(vocabulary: FolioVocabulary.full, archives: FolioVocabulary.archives, options: options)
                .run(notebookAt: packageRoot.appendingPathComponent("notebooks/\(name).md").path)
            let errors = result.document.blocks.flatMap { block -> [Output] in
                guard case .cell(let cell) = block else { return [] }
                return cell.outputs.filter { if case .error = $0 { return true } else { return false } }
            }
            XCTAssertEqual(result.failedCells, 0, "\(name): \(errors)")
            return (result, try project.read("results/\(name).md"))
        }

        let train = try run("03-train", params: [("epochs", "1"), ("limit", "600")])
        let printed = train.markdown.split(separator: "\n").filter { $0.hasPrefix("the ") }.joined(separator: "\n")
        XCTAssertTrue(printed.contains("the 5k set: 600 training and 1000 test images"), printed)
        // A stratified 10 % split rounds per class: about 60 of the 600 are held out.
        let numbers = printed.split(separator: "\n").last { $0.hasPrefix("the networks train on") }?
            .split(separator: " ").compactMap { Int($0) } ?? []
        XCTAssertEqual(numbers.count, 2, printed)
        if numbers.count == 2 {
            XCTAssertEqual(numbers[0] + numbers[1], 600)
            XCTAssertTrue((50...70).contains(numbers[1]), printed)
        }
        for model in ["| LogisticRegression(l2: 0.0001) |", "| LinearSVM(c: 1) |", "| KNN(k: 3) |", "| MLP |", "| CNN |"] {
            XCTAssertTrue(train.markdown.contains(model), "the comparison lacks \(model)")
        }
        XCTAssertTrue(project.exists("models/best.safetensors"))

        let evaluate = try run("04-evaluate", params: [])
        XCTAssertTrue(evaluate.result.inputFiles.contains { $0.path.hasSuffix("models/best.safetensors") }, evaluate.result.inputFiles.description)
    }
}
