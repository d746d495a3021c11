import Foundation
import FolioCore
import FolioLanguage
import FolioMarkdown
import FolioReport

/// The values of one reused entry that have not been restored yet; shared by its names so they
/// are restored together (names sharing an object keep sharing it).
final class PendingValues {
    let hit: CellCache.Hit
    let cellName: String
    init(hit: CellCache.Hit, cellName: String) {
        self.hit = hit
        self.cellName = cellName
    }
}

/// The cache's side of one run: keys for each cell, reusing entries, restoring their values
/// only when a later cell that runs needs them, and storing what ran. Which name came from where
/// is the cell graph's; this type only reads and writes the store.
final class RunCache {
    /// A restored value did not decode or failed its checksum after its cell was already reused;
    /// the entry is gone and the run starts again.
    struct RestoreFailure: Error, CustomStringConvertible {
        var description: String
    }

    let mode: RunOptions.CacheMode
    let version: String
    private let limit: Int?
    private let store: CellCache?
    private let graph: CellGraph
    private let archive: ValueArchive

    init(options: RunOptions, graph: CellGraph, archive: ValueArchive) {
        mode = options.cacheMode
        limit = options.cacheLimitBytes
        let store = options.cacheMode == .off ? nil
            : CellCache(directory: options.cacheDirectory ?? CachePruner.defaultDirectory(root: options.rootDirectory),
                        root: options.rootDirectory)
        self.store = store
        self.graph = graph
        self.archive = archive
        version = options.cacheVersion + (options.buildFile.flatMap(Self.buildStamp).map { " build " + $0 } ?? "")
    }

    /// Which build of the program this is: its size and modification time, which change whenever
    /// it is linked again. (Hashing the program instead takes seconds in a debug build, on every
    /// run; a relink without a code change costs one run without the cache.)
    static func buildStamp(_ url: URL) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path),
              let size = attributes[.size] as? NSNumber,
              let modified = attributes[.modificationDate] as? Date else { return nil }
        return "\(size.int64Value) bytes, modified \(modified.timeIntervalSince1970)"
    }

    var digests: FileDigests { store?.digests ?? FileDigests(memoryFile: nil) }
    var notes: [String] { store?.notes ?? [] }

    func baseKey(for cell: Cell, parsed: ParsedCell) -> String {
        let inputs = graph.inputs(of: parsed).map { (name: $0.key, key: $0.value.key) }
        return CellKey.base(code: cell.code, options: cell.options, inputs: inputs, version: version,
                            archive: archive.signature)
    }

    private func cacheable(_ cell: Cell, _ parsed: ParsedCell) -> Bool { cell.options.cache && !parsed.hasErrors }

    /// The stored result of a cell whose inputs are unchanged; its names wait in the graph until
    /// a running cell needs them.
    func reuse(_ cell: Cell, parsed: ParsedCell, baseKey: String, cellName: String) -> CacheEntry? {
        guard mode == .use, cacheable(cell, parsed), let store, let hit = store.lookup(baseKey, cellName: cellName) else { return nil }
        graph.set(hit.entry.touched, key: hit.entry.effectiveKey, by: cellName)
        graph.await(hit.entry.touched, in: PendingValues(hit: hit, cellName: cellName))
        store.markUsed(baseKey)
        return hit.entry
    }

    func resolve(_ stamp: CacheEntry.FileStamp) -> URL? {
        store?.resolve(stamp.path).standardizedFileURL
    }

    /// Defines the waiting values among `names` (and the rest of their entries) in the session.
    func restore(_ names: Set<String>, into session: Session) throws {
        for group in graph.pendingValues(among: names) {
            do {
                guard let store else { throw RestoreFailure(description: "no cache") }
                for binding in try archive.decode(store.values(of: group.hit)) where graph.isWaiting(binding.name, for: group) {
                    session.define(binding.name, binding.value, mutable: binding.mutable)
                    graph.restored(binding.name)
                }
            } catch {
                store?.discard(group.hit.entry.baseKey, cellName: group.cellName, reason: "\(error)")
                throw RestoreFailure(description: "the cache entry of cell \(group.cellName) could not be restored (\(error))")
            }
        }
    }

    /// After a cell ran well: stores it (when it may be cached) and records the key later cells see.
    func ran(_ cell: Cell, parsed: ParsedCell, report: CellReport, baseKey: String, session: Session) {
        let touched = graph.touchedNames(parsed, session: session)
        let name = report.displayName
        guard cell.options.cache else { return graph.set(touched, key: Self.uniqueKey(), by: name) }
        guard let store else { return graph.set(touched, key: baseKey, by: name) }
        let context = session.context
        let read = context.filesRead.map { store.stamp($0) }
        let written = context.filesWritten.map { store.stamp($0) }
        let readStamps = read.compactMap { $0 } + context.pathsProbed.map { store.probe($0) }
        let effectiveKey = CellKey.effective(base: baseKey, filesRead: readStamps)
        graph.set(touched, key: effectiveKey, by: name)
        // A file that vanished at once cannot be checked next time; such a cell is not stored.
        guard cacheable(cell, parsed), !read.contains(where: { $0 == nil }), !written.contains(where: { $0 == nil }) else { return }
        let bindings = touched.compactMap { name in
            session.value(of: name).map { ValueArchive.Binding(name: name, value: $0, mutable: session.isMutable(name) ?? false) }
        }
        // A value the registry does not know only means this cell always runs.
        guard let values = try? archive.encode(bindings) else { return }
        store.store(CacheEntry(baseKey: baseKey, effectiveKey: effectiveKey, duration: report.duration ?? 0,
                               outputs: report.outputs, filesRead: readStamps, filesWritten: written.compactMap { $0 },
                               touched: touched, values: values), cellName: name)
    }

    /// After a cell failed: what it touched may be half-changed (a fit that diverged), so nothing
    /// downstream may reuse a result computed from it.
    func failed(parsed: ParsedCell, session: Session, cellName: String) {
        graph.set(graph.touchedNames(parsed, session: session), key: Self.uniqueKey(), by: cellName)
    }

    /// A key nothing else has: later cells that read these names never match an old entry.
    static func uniqueKey() -> String { "unique-" + UUID().uuidString }

    /// Saves what this run used, then keeps the cache under its limit; says what that removed.
    func finish(notebookPath: String) -> String? {
        guard let store else { return nil }
        store.finish(notebookPath: notebookPath)
        guard let limit else { return nil }
        let trimmed = CachePruner.trim(directory: store.directory, limit: limit)
        guard trimmed.removedEntries > 0 else { return nil }
        return "cache: removed \(trimmed.removedEntries) entries no notebook uses any more "
            + "(\(trimmed.freedBytes >> 20) MB) to stay under \(limit >> 20) MB (FOLIO_CACHE_LIMIT_MB)"
    }
}
