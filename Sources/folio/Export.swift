import ArgumentParser
import Foundation
import FolioCore
import FolioExport
import FolioLibrary
import FolioMarkdown

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a notebook as a Swift program (a SwiftPM package on FolioKit) or as one .swift file.",
        discussion: """
        `folio export NB --swift DIR` writes DIR/Package.swift and DIR/Sources/NAME/main.swift: the cells in order, the prose \
        as comments, the params as options (--epochs 3). Run it where `folio run` runs: \
        `swift run --package-path DIR NAME`; it writes the same report into results/. \
        `folio export NB --script FILE` writes the cells as one .swift file, for reading.
        """)

    @Argument(help: "The notebook (.md).")
    var notebook: String

    @Option(name: .long, help: ArgumentHelp("Write a SwiftPM package into this folder.", valueName: "dir"))
    var swift: String?

    @Option(name: .long, help: ArgumentHelp("Write the cells as one .swift file.", valueName: "file"))
    var script: String?

    @Option(name: .long, help: ArgumentHelp("The Folio checkout the package depends on (default: this program's own checkout).", valueName: "path"))
    var folioPath: String?

    @Option(name: .long, help: ArgumentHelp("Depend on Folio by Git URL instead of a path.", valueName: "url"))
    var folioURL: String?

    @Option(name: .long, help: "The branch of --folio-url.")
    var folioBranch = "main"

    func validate() throws {
        if swift == nil && script == nil { throw ValidationError("say what to write: --swift DIR or --script FILE") }
        if folioPath != nil && folioURL != nil { throw ValidationError("--folio-path and --folio-url contradict each other; use one") }
    }

    func run() throws {
        do {
            guard let data = FileManager.default.contents(atPath: notebook), let source = String(data: data, encoding: .utf8) else {
                throw Diagnostic(.error, "cannot read the notebook \(notebook)", fix: "check the path")
            }
            let parsed = try NotebookParser.parse(source, path: notebook)
            let exporter = SwiftExporter(vocabulary: FolioVocabulary.full)
            if let script {
                try AtomicFile.write(try exporter.script(for: parsed), to: URL(fileURLWithPath: script))
                FileHandle.standardError.write(Data("\(notebook) -> \(script)\n".utf8))
            }
            if let swift {
                let folio: SwiftExporter.FolioDependency = folioURL.map { .url($0, branch: folioBranch) } ?? .path(folioPath.map(Self.absolute) ?? Self.checkout())
                let folder = URL(fileURLWithPath: swift)
                let files = try exporter.package(for: parsed, source: source, folio: folio)
                for file in files { try AtomicFile.write(file.contents, to: folder.appendingPathComponent(file.path)) }
                let name = files.first { $0.path.hasSuffix("main.swift") }.map { URL(fileURLWithPath: $0.path).deletingLastPathComponent().lastPathComponent } ?? ""
                FileHandle.standardError.write(Data("\(notebook) -> \(swift) (run it here: swift run --package-path \(swift) \(name))\n".utf8))
            }
        } catch let diagnostic as Diagnostic {
            FileHandle.standardError.write(Data((diagnostic.rendered() + "\n").utf8))
            throw ExitCode(ExitStatus.usage)
        } catch let list as DiagnosticList {
            FileHandle.standardError.write(Data((list.description + "\n").utf8))
            throw ExitCode(ExitStatus.usage)
        }
    }

    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL.path
    }

    /// The Folio checkout this program was built from: its sources sit at `<checkout>/Sources/folio/`.
    private static func checkout() -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }
}
