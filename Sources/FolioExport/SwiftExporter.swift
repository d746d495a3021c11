import Foundation
import FolioCore
import FolioLanguage
import FolioMarkdown

/// Turns a notebook into Swift that uses FolioKit: a SwiftPM package whose program prints what
/// `folio run` prints and writes the same report, or one plain `.swift` file for reading.
///
/// The cells keep their text: FolioKit's names and labels are the notebook language's. The
/// checker's view of each cell decides the rest — which values the cell shows (passed to the
/// report), which calls can fail (`try`), and what the program could not say as the notebook
/// means it (a located error, never a package that does not compile).
public struct SwiftExporter {
    /// Where the exported package finds Folio.
    public enum FolioDependency: Sendable {
        /// A Folio checkout on this machine (the package builds against it).
        case path(String)
        /// A Git URL, at a branch.
        case url(String, branch: String)
    }

    private let vocabulary: Vocabulary

    /// An exporter for notebooks in `vocabulary` (FolioLibrary's `FolioVocabulary.full`).
    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    /// The files of the package, by path inside its folder: `Package.swift`,
    /// `Sources/NAME/main.swift`, `Sources/NAME/Options.swift`, `Sources/NAME/Notebook.swift`.
    /// Throws a `DiagnosticList` naming every construct it cannot write.
    public func package(for notebook: Notebook, source: String, folio: FolioDependency) throws -> [(path: String, contents: String)] {
        let name = Self.programName(notebook.path)
        // The program's own names, unless the notebook binds them itself (`let report = evaluation.report()`).
        let taken = Set(notebook.cells.flatMap { Session.parse($0.source, file: notebook.path, firstLine: $0.firstLine).boundNames })
        let reportName = taken.contains("report") ? "notebookReport" : "report"
        let optionsName = taken.contains("options") ? "commandLine" : "options"
        let cells = try translate(notebook, target: .report(name: reportName))
        var main = """
        // \(name): the notebook \(notebook.path), exported by `folio export` (Folio \(FolioVersion.current)).
        // Run it in the folder `folio run` runs in; it prints what `folio run` prints and writes the
        // same report (\(Self.reportFolder)/\(Self.stem(notebook.path)).html and .md):
        //     swift run --package-path PACKAGE \(name) \(notebook.frontMatter.params.map { "--\($0.name) \($0.value)" }.joined(separator: " "))

        import Foundation
        import FolioKit

        let \(optionsName) = Options.parseOrExit()

        """
        for (param, _) in notebook.frontMatter.params { main += "let \(param) = \(optionsName).\(param)\n" }
        let params = notebook.frontMatter.params.map { "(\(Self.literal($0.name)), \"\\(\($0.name))\")" }.joined(separator: ", ")
        main += """
        guard let \(reportName) = Report.open(notebook: \(Self.literal(notebook.path)), source: notebookText, params: [\(params)],
                                  output: \(optionsName).output, formats: \(optionsName).to, quiet: \(optionsName).quiet) else { exit(2) }

        do {
        """
        main += "\n" + cells.map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        main += """

        } catch {
            \(reportName).fail(error)
        }
        exit(\(reportName).finish())

        """
        return [
            ("Package.swift", packageManifest(name: name, folio: folio)),
            ("Sources/\(name)/main.swift", main),
            ("Sources/\(name)/Options.swift", optionsFile(notebook)),
            ("Sources/\(name)/Notebook.swift", notebookFile(notebook, source: source)),
        ]
    }

    /// The cells as one plain `.swift` file for reading: params as constants, shown values printed.
    public func script(for notebook: Notebook) throws -> String {
        let cells = try translate(notebook, target: .script)
        var text = """
        // The notebook \(notebook.path) as Swift, written by `folio export --script` (Folio \(FolioVersion.current)).
        // For reading: `folio export --swift DIR` writes a package that runs and writes the report.

        import Foundation
        import FolioKit


        """
        for (param, value) in notebook.frontMatter.params { text += "let \(param) = \(value)\n" }
        return text + "\n" + cells.joined(separator: "\n") + "\n"
    }

    // MARK: translation

    private func translate(_ notebook: Notebook, target: CellTranslator.Target) throws -> [String] {
        let checker = TranslationChecker(vocabulary: vocabulary)
        var problems: [Diagnostic] = []
        var boundBy: [String: String] = [:]
        for (name, value) in notebook.frontMatter.params {
            checker.defineParam(name, type: Self.type(of: value))
            boundBy[name] = "the front matter's params"
            if ["options", "report", "notebookText", "commandLine", "notebookReport", "output", "to", "quiet"].contains(name) {
                problems.append(Diagnostic(.error, "folio export cannot export a param named '\(name)' yet: the program uses that name",
                                           at: SourceLocation(file: notebook.path, line: notebook.frontMatter.paramLines[name] ?? 1, column: 1),
                                           fix: "rename the param"))
            }
        }
        let translator = CellTranslator(target: target)
        var throwingFunctions = Set<String>()
        var lines: [String] = []
        for block in notebook.blocks {
            switch block {
            case .prose(let prose):
                lines += Self.comment(prose.markdown)
            case .cell(let cell):
                guard cell.options.eval else {
                    lines.append("// Cell \(cell.index + 1) is not run (eval: false):")
                    lines += cell.source.split(separator: "\n", omittingEmptySubsequences: false).map { "// " + $0 }
                    continue
                }
                let parsed = Session.parse(cell.source, file: notebook.path, firstLine: cell.firstLine, column: cell.column)
                for name in parsed.boundNames {
                    if name == "notebookText" {
                        problems.append(Diagnostic(.error, "folio export cannot export a cell that binds 'notebookText' yet: the program uses that name",
                                                   at: SourceLocation(file: notebook.path, line: cell.firstLine, column: cell.column), fix: "rename it"))
                    }
                    if let earlier = boundBy[name] {
                        problems.append(Diagnostic(.error, "folio export cannot write a second 'let \(name)': \(earlier) already binds it, and Swift allows one per program",
                                                   at: SourceLocation(file: notebook.path, line: cell.firstLine, column: cell.column),
                                                   fix: "give the new value another name"))
                    }
                    boundBy[name] = "the cell at line \(cell.firstLine)"
                }
                switch translator.translate(cell, parsed: parsed, facts: checker.check(parsed), throwingFunctions: &throwingFunctions) {
                case .success(let code):
                    if case .report(let report) = target { lines.append("\(report).cell(\(cell.index + 1))") }
                    guard cell.options.error else { lines += code; continue }
                    // `//| error: true`: a failure is shown and the run goes on, as in folio run.
                    if !parsed.boundNames.isEmpty {
                        problems.append(Diagnostic(.error, "folio export cannot write a cell with 'error: true' that binds names yet (\(parsed.boundNames.joined(separator: ", "))): in a program they would not outlive the cell",
                                                   at: SourceLocation(file: notebook.path, line: cell.firstLine, column: cell.column),
                                                   fix: "bind them in another cell, or leave out 'error: true'"))
                    }
                    let handler: String
                    switch target {
                    case .report(let report): handler = "\(report).tolerate(error)"
                    case .script: handler = "print(\"error: \\(error)\")"
                    }
                    var body = code
                    while body.last?.isEmpty == true { body.removeLast() }
                    lines += ["do {"] + body.map { $0.isEmpty ? "" : "    " + $0 } + ["} catch {", "    " + handler, "}", ""]
                case .failure(let list):
                    problems += list.diagnostics
                }
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        // One blank line between cells and prose, never two.
        var tidy: [String] = []
        for line in lines where !(line.isEmpty && (tidy.last?.isEmpty ?? true)) { tidy.append(line) }
        while tidy.last?.isEmpty == true { tidy.removeLast() }
        return tidy
    }

    // MARK: files

    private func packageManifest(name: String, folio: FolioDependency) -> String {
        let dependency: String, identity: String
        switch folio {
        case .path(let path):
            dependency = ".package(path: \(Self.literal(path)))"
            identity = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent.lowercased()
        case .url(let url, let branch):
            dependency = ".package(url: \(Self.literal(url)), branch: \(Self.literal(branch)))"
            var last = URL(string: url)?.lastPathComponent ?? url
            if last.hasSuffix(".git") { last = String(last.dropLast(4)) }
            identity = last.lowercased()
        }
        return """
        // swift-tools-version:5.9
        // Written by `folio export`: the notebook's program, on Folio's FolioKit library.
        import PackageDescription

        let package = Package(
            name: \(Self.literal(name)),
            platforms: [.macOS(.v13)],
            dependencies: [
                \(dependency),
                .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
            ],
            targets: [
                .executableTarget(name: \(Self.literal(name)), dependencies: [
                    .product(name: "FolioKit", package: \(Self.literal(identity))),
                    .product(name: "ArgumentParser", package: "swift-argument-parser"),
                ]),
            ]
        )

        """
    }

    private func optionsFile(_ notebook: Notebook) -> String {
        var text = """
        import ArgumentParser

        /// The notebook's params as command-line options (`--\(notebook.frontMatter.params.first?.name ?? "param") VALUE`, as
        /// `folio run -p` sets them), and where the report goes.
        struct Options: ParsableArguments {

        """
        for (name, value) in notebook.frontMatter.params {
            text += """
                @Option(name: .customLong(\(Self.literal(name))), help: "The notebook's param '\(name)'.")
                var \(name): \(Self.swiftType(of: value)) = \(value)

            """
        }
        text += """
            @Option(name: [.short, .long], help: "Folder for the report.")
            var output = "\(Self.reportFolder)"

            @Option(help: "Report formats, comma-separated: html, md, ipynb.")
            var to = "html,md"

            @Flag(name: [.short, .long], help: "Print nothing but errors.")
            var quiet = false
        }

        """
        return text
    }

    private func notebookFile(_ notebook: Notebook, source: String) -> String {
        var hashes = "#"
        while source.contains("\"\"\"" + hashes) || source.contains("\\" + hashes) { hashes += "#" }
        return """
        // The notebook's text, from which the report takes its prose and code (as `folio run` does).
        let notebookText = \(hashes)\"\"\"
        \(source)
        \"\"\"\(hashes)

        """
    }

    // MARK: names and literals

    static let reportFolder = "results"

    static func stem(_ path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// The package's and program's name: the notebook's file name, as a name SwiftPM and a shell take.
    static func programName(_ path: String) -> String {
        var name = String(stem(path).map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
        if name.first?.isLetter != true { name = "notebook-" + name }
        return name
    }

    static func literal(_ text: String) -> String { ParamValue.string(text).description }

    private static func type(of value: ParamValue) -> FolioType {
        switch value {
        case .int: return .int
        case .double: return .double
        case .string: return .string
        case .bool: return .bool
        }
    }

    private static func swiftType(of value: ParamValue) -> String {
        switch value {
        case .int: return "Int"
        case .double: return "Double"
        case .string: return "String"
        case .bool: return "Bool"
        }
    }

    /// Prose as line comments, blank lines kept.
    private static func comment(_ markdown: String) -> [String] {
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "//" : "// " + $0 }
        while lines.last == "//" { lines.removeLast() }
        while lines.first == "//" { lines.removeFirst() }
        return lines.isEmpty ? [] : [""] + lines + [""]
    }
}
