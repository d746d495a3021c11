import FolioCore
import FolioLanguage
@testable import FolioLibrary
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs one cell of notebook code against the full vocabulary, as `folio run` does.
struct NotebookCode {
    var outputs: [Output]
    var error: Diagnostic?
    var context: RunContext

    init(_ code: String, root: URL) {
        let context = RunContext(rootDirectory: root)
        let session = Session(vocabulary: FolioVocabulary.full, context: context)
        let cell = session.parse(code, file: "t.md", firstLine: 1)
        self.context = context
        if let first = (cell.diagnostics + session.check(cell)).first(where: { $0.severity == .error }) {
            (outputs, error) = ([], first)
            return
        }
        let run = session.run(cell)
        (outputs, error) = (run.outputs, run.error)
    }

    var text: String { outputs.compactMap { if case .text(let t) = $0 { return t } else { return nil } }.joined(separator: "\n") }
    var charts: [Figure] { outputs.compactMap { if case .chart(let f) = $0 { return f } else { return nil } } }
    var images: [Figure] { outputs.compactMap { if case .images(let f) = $0 { return f } else { return nil } } }

    /// The package's `data/mnist_5k.csv.gz` (fetched by scripts/fetch-data.sh), if it is there.
    static let mnist5k: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data/mnist_5k.csv.gz")
    /// The CNN trained on full MNIST that the handwritten-digit tests use (inputs normalised to 0...1).
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let cnn = fixtures.appendingPathComponent("mnist-cnn.safetensors")

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-lib-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// What a rendered SVG holds: whether it parses as XML, its elements and their texts.
final class SVGContents: NSObject, XMLParserDelegate {
    private(set) var elements: [(name: String, attributes: [String: String])] = []
    private(set) var texts: [String] = []
    private var text = ""
    private(set) var wellFormed = false

    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        wellFormed = parser.parse()
    }

    func count(_ name: String) -> Int { elements.filter { $0.name == name }.count }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append((elementName, attributes))
        text = ""
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty { texts.append(trimmed) }
        text = ""
    }
}
