import FolioCore
import FolioLibrary
@testable import FolioRunner
import XCTest

/// notebooks/05-experiment.md end to end on the 5k fallback data, trimmed by its params: the
/// sweep, its charts, the worst digits, the drawn digits and the Kaggle-style submission.
final class ExperimentTutorialTests: XCTestCase {
    func testTheExperimentRunsOnTheFallbackDataAndWritesASubmission() throws {
        let data = try mnist5k()
        let project = try Scratch()
        try FileManager.default.createDirectory(at: project.url.appendingPathComponent("data"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: project.url.appendingPathComponent("data/mnist_5k.csv.gz"), withDestinationURL: data)
        try FileManager.default.createDirectory(at: project.url.appendingPathComponent("notebooks"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: project.url.appendingPathComponent("notebooks/images"),
                                                   withDestinationURL: packageRoot.appendingPathComponent("notebooks/images"))
        var options = RunOptions(outputDirectory: project.url.appendingPathComponent("results"), rootDirectory: project.url,
                                 paramOverrides: [("epochs", "1"), ("limit", "600")], formats: [.md], quiet: true)
        options.cacheMode = .off
        let result = try NotebookRunner(vocabulary: FolioVocabulary.full, archives: FolioVocabulary.archives, options: options)
            .run(notebookAt: packageRoot.appendingPathComponent("notebooks/05-experiment.md").path)
        let errors = result.document.blocks.flatMap { block -> [Output] in
            guard case .cell(let cell) = block else { return [] }
            return cell.outputs.filter { if case .error = $0 { return true } else { return false } }
        }
        XCTAssertEqual(result.failedCells, 0, "\(errors)")
        let markdown = try project.read("results/05-experiment.md")
        XCTAssertTrue(markdown.contains("training on 538 images, validating on 62, testing on 1000"), markdown)
        XCTAssertTrue(markdown.contains("best learning rate: "), "the sweep picks a rate")
        for figure in ["Validation accuracy by learning rate", "Validation accuracy per epoch", "F1 per digit",
                       "Where each digit's test images went", "How sure the model is of the right answer"] {
            XCTAssertTrue(markdown.contains(figure), "the report lacks the chart \(figure)")
        }
        // The stand-in for Kaggle's test.csv: a header of 784 pixel names and 200 rows, no label.
        let standIn = try project.read("data/kaggle-stand-in-test.csv").split(separator: "\r\n")
        XCTAssertEqual(standIn.count, 201)
        XCTAssertEqual(standIn.first?.split(separator: ",").count, 784)
        XCTAssertTrue(standIn.first?.hasPrefix("pixel0,pixel1,") ?? false)
        // The submission: ImageId 1...200 and a digit per image.
        let submission = try project.read("results/submission.csv").split(separator: "\r\n")
        XCTAssertEqual(submission.first, "ImageId,Label")
        XCTAssertEqual(submission.count, 201)
        for (i, line) in submission.dropFirst().enumerated() {
            let cells = line.split(separator: ",")
            XCTAssertEqual(cells.count, 2)
            XCTAssertEqual(cells.first.flatMap { Int($0) }, i + 1)
            XCTAssertTrue((0...9).contains(cells.last.flatMap { Int($0) } ?? -1), String(line))
        }
    }
}
