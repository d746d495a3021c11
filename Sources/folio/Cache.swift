import ArgumentParser
import Foundation
import FolioRunner

/// `folio cache prune`: the per-cell cache's housekeeping.
struct Cache: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage the per-cell cache (.folio-cache/).",
        subcommands: [Prune.self])

    struct Prune: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete cache entries that no notebook's latest run used.",
            discussion: "Each run records the entries it used; entries of edited cells, old params and deleted notebooks are removed.")

        @Option(name: .long, help: "Folder that relative paths resolve against; the cache is ROOT/.folio-cache.")
        var root: String = "."

        @Flag(name: .long, help: "Delete every entry.")
        var all = false

        @Flag(name: .long, help: "Only say what would be deleted.")
        var dryRun = false

        func run() throws {
            let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let rootURL = URL(fileURLWithPath: root, relativeTo: cwd).standardizedFileURL
            let directory = CachePruner.defaultDirectory(root: rootURL)
            guard FileManager.default.fileExists(atPath: directory.path) else {
                print("no cache at \(directory.path); nothing to prune")
                return
            }
            let result: CachePruner.Result
            do {
                result = try CachePruner.prune(directory: directory, all: all, dryRun: dryRun)
            } catch let busy as CachePruner.InUse {
                FileHandle.standardError.write(Data("error: \(busy)\n".utf8))
                throw ExitCode(1)
            }
            let megabytes = String(format: "%.1f MB", Double(result.freedBytes) / 1_000_000)
            let verb = dryRun ? "would remove" : "removed"
            print("\(verb) \(result.removedEntries) entries (\(megabytes)); kept \(result.keptEntries)")
        }
    }
}
