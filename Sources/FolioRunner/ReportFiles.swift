import Foundation
import FolioCore
import FolioReport

/// Writes a run's report files next to each other: `NAME.html`, `NAME.md` with `NAME_files/`,
/// and `NAME.ipynb` when asked. Every file is written atomically (temp file, then rename), so an
/// interrupted run leaves the previous report, never half of a new one.
enum ReportFiles {
    /// Makes sure the report can be written before any cell runs, so a long run never ends in
    /// "cannot write".
    static func prepareFolder(_ folder: URL) throws {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(.error, "cannot create the output folder \(folder.path)",
                             fix: "choose another folder with --output DIR")
        }
        guard FileManager.default.isWritableFile(atPath: folder.path) else {
            throw Diagnostic(.error, "the output folder \(folder.path) is not writable",
                             fix: "choose another folder with --output DIR")
        }
    }

    static func write(_ document: ReportDocument, notebookPath: String, options: RunOptions,
                      highlight: (String) -> String) throws -> [URL] {
        let name = URL(fileURLWithPath: notebookPath).deletingPathExtension().lastPathComponent
        let folder = options.outputDirectory
        try prepareFolder(folder)
        var written: [URL] = []
        do {
            if options.formats.contains(.html) {
                let url = folder.appendingPathComponent(name + ".html")
                try AtomicFile.write(HTMLReport.render(document, highlight: highlight), to: url)
                written.append(url)
            }
            if options.formats.contains(.md) {
                let assetsName = name + "_files"
                let rendered = MarkdownReport.render(document, assetsFolderName: assetsName)
                let assetsFolder = folder.appendingPathComponent(assetsName)
                let keep = Set(rendered.assets.map(\.fileName))
                for asset in rendered.assets {
                    let url = assetsFolder.appendingPathComponent(asset.fileName)
                    try AtomicFile.write(asset.contents, to: url)
                    written.append(url)
                }
                // Figures of an earlier run that this run no longer draws would be stale.
                let old = (try? FileManager.default.contentsOfDirectory(atPath: assetsFolder.path)) ?? []
                for file in old where !keep.contains(file) && file.hasSuffix(".svg") {
                    try? FileManager.default.removeItem(at: assetsFolder.appendingPathComponent(file))
                }
                let url = folder.appendingPathComponent(name + ".md")
                if url.standardizedFileURL == URL(fileURLWithPath: notebookPath).standardizedFileURL {
                    throw Diagnostic(.error, "the executed Markdown would overwrite the notebook \(notebookPath)",
                                     fix: "write reports to another folder with --output DIR")
                }
                try AtomicFile.write(rendered.markdown, to: url)
                written.append(url)
            }
            if options.formats.contains(.ipynb) {
                let url = folder.appendingPathComponent(name + ".ipynb")
                try AtomicFile.write(NotebookJSON.render(document), to: url)
                written.append(url)
            }
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw Diagnostic(.error, "cannot write the report into \(folder.path): \(error.localizedDescription)",
                             fix: "check that the folder is writable and the disk is not full, or use --output DIR")
        }
        return written
    }
}
