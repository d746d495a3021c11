import Foundation
import FolioCore
import FolioLanguage
import FolioMarkdown

/// `folio check`: parses and checks every cell in order, with params in scope, running nothing.
public enum NotebookChecker {
    public static func check(notebookAt path: String, vocabulary: Vocabulary, root: URL? = nil) -> [Diagnostic] {
        let notebook: Notebook
        do {
            notebook = try NotebookLoader.load(path)
        } catch let d as Diagnostic {
            return [d]
        } catch let list as DiagnosticList {
            return list.diagnostics
        } catch {
            return [Diagnostic(.error, "cannot read \(path): \(error)")]
        }
        let context = RunContext(rootDirectory: root ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let session = Session(vocabulary: vocabulary, context: context)
        for (name, value) in notebook.frontMatter.params { session.defineParam(name, ParamResolver.value(of: value)) }
        var diagnostics: [Diagnostic] = notebook.warnings
        for cell in notebook.cells where cell.options.eval {
            let parsed = session.parse(cell.source, file: path, firstLine: cell.firstLine, column: cell.column)
            diagnostics += parsed.diagnostics
            if parsed.diagnostics.allSatisfy({ $0.severity != .error }) {
                diagnostics += session.check(parsed)
            } else {
                session.markUnavailable(parsed.boundNames)
            }
        }
        return diagnostics
    }
}
