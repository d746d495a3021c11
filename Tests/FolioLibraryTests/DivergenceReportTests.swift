import FolioCore
import FolioData
import FolioLanguage
@testable import FolioML
@testable import FolioLibrary
import XCTest

/// When training diverges, the cell fails with the epoch and batch, and its outputs still show
/// the epochs that finished before it.
final class DivergenceReportTests: XCTestCase {
    /// A model whose loss goes up for `finishing` epochs, then becomes NaN.
    private final class DivergingModel: Classifier {
        let finishing: Int
        init(finishing: Int) { self.finishing = finishing }
        var displayName: String { "Diverging" }
        var classCount: Int? { 2 }
        var modelDescription: ModelDescription { .knn(k: 1, features: 1, classes: 2, samples: 1) }
        func fit(x: Tensor, y: [Int], options: FitOptions, progress: ((EpochProgress) -> Void)?) throws -> History {
            for epoch in stride(from: 1, through: finishing, by: 1) {
                for batch in 1...4 {
                    progress?(EpochProgress(epoch: epoch, epochs: 10, batch: batch, batches: 4,
                                            loss: Double(epoch * 10 + batch), accuracy: 0.5))
                }
                let record = EpochRecord(epoch: epoch, loss: Double(epoch * 10 + 4), accuracy: 0.5,
                                         validationLoss: nil, validationAccuracy: nil, seconds: 0.1)
                progress?(.finished(record, epochs: 10, batches: 4))
            }
            throw MLError.nonFiniteLoss(epoch: finishing + 1, batch: 3, learningRate: 0.5)
        }
        func predictProbabilities(_ x: Tensor) throws -> Tensor { throw MLError.notFitted("never fitted") }
        func summary(inputShape: [Int]?) throws -> ModelSummary { throw MLError.notFitted("never fitted") }
        func stateDict() throws -> [NamedArray] { [] }
        func load(state: [NamedArray]) throws {}
    }

    private func fitOutputs(finishing: Int) throws -> CellRun {
        let session = Session(vocabulary: FolioVocabulary.full, context: RunContext(rootDirectory: URL(fileURLWithPath: "/tmp")))
        var emitted: [Output] = []
        session.context.emit = { emitted.append($0) }
        let data = try Dataset(pixels: [0, 1, 1, 0], labels: [0, 1], imageShape: [2], classNames: ["a", "b"], pixelMaximum: 1)
        session.define("data", .object(DatasetValue(data)))
        session.define("model", .object(ModelValue(DivergingModel(finishing: finishing))))
        let cell = session.parse("let history = model.fit(data, epochs: 10)", file: "nb.md", firstLine: 3)
        XCTAssertEqual(session.check(cell).filter { $0.severity == .error }, [])
        var run = session.run(cell)
        run.outputs = emitted + run.outputs
        return run
    }

    func testTheReportShowsTheEpochsBeforeTheDivergence() throws {
        let run = try fitOutputs(finishing: 2)
        let error = try XCTUnwrap(run.error)
        XCTAssertTrue(error.message.contains("training diverged: the loss became NaN or infinite in epoch 3, batch 3"), error.message)
        XCTAssertTrue(error.message.contains("try a lower learning rate (e.g. 0.05 instead of 0.5)"), error.message)
        XCTAssertEqual(error.location?.line, 3)
        guard run.outputs.count == 3, case .text(let intro) = run.outputs[0], case .chart(let chart) = run.outputs[1],
              case .table(let table) = run.outputs[2] else { return XCTFail("\(run.outputs)") }
        XCTAssertEqual(intro, "Training diverged in epoch 3, batch 3. The epochs before it:")
        XCTAssertEqual(chart.title, "Training history — Diverging, until it diverged")
        XCTAssertEqual(table.rows.map { Array($0.prefix(3)) }, [["1", "14.0000", "0.5000"], ["2", "24.0000", "0.5000"]])
    }

    func testADivergenceInTheFirstEpochSaysNoEpochFinished() throws {
        let run = try fitOutputs(finishing: 0)
        XCTAssertNotNil(run.error)
        XCTAssertEqual(run.outputs, [.text("Training diverged in epoch 1, batch 3, before any epoch finished.")])
    }
}
