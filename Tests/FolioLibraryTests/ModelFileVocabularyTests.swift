import FolioCore
import FolioLanguage
@testable import FolioLibrary
import XCTest

/// save / Model.load / predict(image:) through the language, on synthetic 28×28 bars.
final class ModelFileVocabularyTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Class 0: a vertical bar; class 1: a horizontal bar; at varying positions.
        var rows: [String] = []
        for i in 0..<60 {
            let label = i % 2
            let offset = 8 + (i / 2) % 12
            var pixels = [Int](repeating: 0, count: 784)
            for a in 4..<24 {
                for t in 0..<3 {
                    let (y, x) = label == 0 ? (a, offset + t) : (offset + t, a)
                    pixels[y * 28 + x] = 255
                }
            }
            rows.append((pixels.map(String.init) + [String(label)]).joined(separator: ","))
        }
        try rows.joined(separator: "\n").write(to: folder.appendingPathComponent("bars.csv"), atomically: true, encoding: .utf8)
        // A new image: a dark vertical stroke, off-centre on a large light page (PGM, P2).
        var page = [[Int]](repeating: [Int](repeating: 250, count: 90), count: 120)
        for y in 20..<100 { for x in 60..<68 { page[y][x] = 10 } }
        let pgm = "P2\n90 120\n255\n" + page.map { $0.map(String.init).joined(separator: " ") }.joined(separator: "\n") + "\n"
        try pgm.write(to: folder.appendingPathComponent("vertical.pgm"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func run(_ session: Session, _ code: String) -> CellRun {
        let cell = session.parse(code, file: "t.md", firstLine: 1)
        if let error = (cell.diagnostics + session.check(cell)).first(where: { $0.severity == .error }) {
            return CellRun(outputs: [], error: error)
        }
        return session.run(cell)
    }

    func testANamedNetworkKeepsItsNameInCompareHistoryAndItsFile() throws {
        let session = Session(vocabulary: FolioVocabulary.full, context: RunContext(rootDirectory: folder))
        let trained = run(session, """
        let bars = Dataset.csv("bars.csv", labelColumn: -1, imageShape: [28, 28]).normalized()
        let net = Sequential(name: "Bar net") {
            Flatten()
            Dense(2, activation: .softmax)
        }
        let plain = Sequential {
            Flatten()
            Dense(2, activation: .softmax)
        }
        let history = net.fit(bars, epochs: 1)
        plain.fit(bars, epochs: 1)
        net.save("named.safetensors")
        let again = Model.load("named.safetensors")
        print(history)
        print(again)
        compare([net, plain], on: bars)
        net.summary()
        """)
        XCTAssertNil(trained.error, "\(String(describing: trained.error))")
        let texts = trained.outputs.compactMap { if case .text(let t) = $0 { return t } else { return nil } }
        // `print(again)`: the name came back from the file.
        XCTAssertTrue(texts.joined(separator: "\n").hasSuffix("\nBar net"), "\(texts)")
        let tables = trained.outputs.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
        XCTAssertEqual(tables.dropLast().last?.rows.map(\.first), ["Bar net", "Sequential"])
        XCTAssertEqual(tables.last?.title, "Bar net — input 28×28×1")
    }

    func testSaveLoadAndPredictANewImage() throws {
        let session = Session(vocabulary: FolioVocabulary.full, context: RunContext(rootDirectory: folder))
        let trained = run(session, """
        let bars = Dataset.csv("bars.csv", labelColumn: -1, imageShape: [28, 28]).normalized()
        let model = LogisticRegression(l2: 0.0001)
        let history = model.fit(bars)
        model.save("models/bars.safetensors")
        let again = Model.load("models/bars.safetensors")
        print(model.predict(bars) == again.predict(bars))
        again.predict(image: "vertical.pgm")
        """)
        XCTAssertNil(trained.error, trained.error?.rendered() ?? "")
        XCTAssertEqual(trained.outputs.first, .text("true"))
        guard case .text(let line)? = trained.outputs.dropFirst().first else { return XCTFail("\(trained.outputs)") }
        XCTAssertTrue(line.hasPrefix("vertical.pgm: predicted 0 with probability"), line)
        XCTAssertTrue(trained.outputs.contains { if case .images = $0 { return true } else { return false } })

        let results = try ImagePrediction.predict(model: "models/bars.safetensors", images: ["vertical.pgm"], root: folder)
        XCTAssertEqual(results.map(\.label), ["0"])
    }

    func testLoadingAMissingOrBrokenModelIsAClearError() throws {
        let session = Session(vocabulary: FolioVocabulary.full, context: RunContext(rootDirectory: folder))
        let missing = run(session, "let m = Model.load(\"nope.safetensors\")")
        XCTAssertEqual(missing.error?.message, "no model file at \(folder.appendingPathComponent("nope.safetensors").path)")
        try Data("not a model".utf8).write(to: folder.appendingPathComponent("bad.safetensors"))
        let broken = run(session, "let m = Model.load(\"bad.safetensors\")")
        XCTAssertNotNil(broken.error)
        XCTAssertTrue(broken.error?.message.contains("bad.safetensors") ?? false, broken.error?.message ?? "")
    }
}
