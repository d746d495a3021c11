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
/// only when a later cell that runs needs them, storing what ran, and saying why a cell that
/// found no entry runs. Which name came from where is the cell graph's; this type reads and
/// writes the store and the run record.
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
    /// This notebook's previous run, and what this run learns for the next one.
    private let previous: RunRecord?
    private var record = RunRecord()
    private let recordURL: URL?

    init(options: RunOptions, notebookPath: String, graph: CellGraph, archive: ValueArchive) {
        mode = options.cacheMode
        limit = options.cacheLimitBytes
        let store = options.cacheMode == .off ? nil
            : CellCache(directory: options.cacheDirectory ?? CachePruner.defaultDirectory(root: options.rootDirectory),
                        root: options.rootDirectory)
        self.store = store
        self.graph = graph
        self.archive = archive
        recordURL = store.map { RunRecord.url(in: $0.directory, notebookPath: notebookPath) }
        previous = recordURL.flatMap(RunRecord.load)
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

    /// What a cell's key is made of, and where its inputs came from.
    struct Lookup {
        var cell: Cell
        var parts: CellKeyParts
        var sources: [String: RunRecord.Input]
        var baseKey: String { parts.baseKey }
    }

    func lookup(for cell: Cell, parsed: ParsedCell) -> Lookup {
        let inputs = graph.inputs(of: parsed)
        let sources = inputs.mapValues { source -> RunRecord.Input in
            switch source.origin {
            case .param(let value): return RunRecord.Input(key: source.key, param: value)
            case .cell(let name): return RunRecord.Input(key: source.key, cell: name)
            }
        }
        return Lookup(cell: cell, parts: CellKeyParts(cell: cell, inputs: inputs.mapValues(\.key), version: version,
                                                      archive: archive.signature),
                      sources: sources)
    }

    /// Why a cell that found no entry runs (`--explain` and the report's tooltip).
    func reasonToRun(_ lookup: Lookup, parsed: ParsedCell) -> String {
        switch mode {
        case .off: return "--no-cache"
        case .refresh: return "--refresh"
        case .use: break
        }
        if !lookup.cell.options.cache { return "cache: false" }
        if parsed.hasErrors { return "it does not parse" }
        let before = previous?.previous(index: lookup.cell.index, label: lookup.cell.label)
        return RerunReason.reasons(now: lookup.parts, sources: lookup.sources, before: before, changedFile: changed).joined(separator: "; ")
    }

    /// How a file of the last run differs now, if it does.
    private func changed(_ file: RunRecord.File) -> String? {
        guard let store else { return nil }
        let url = store.resolve(file.path)
        if file.digest.hasPrefix(CellCache.probePrefix) {
            return store.probe(url).digest == file.digest ? nil
                : "'\(file.path)' \(file.digest.hasSuffix("exists") ? "no longer exists" : "exists now")"
        }
        guard let digest = store.digests.digest(of: url) else { return "'\(file.path)' is missing" }
        guard digest != file.digest else { return nil }
        return file.written ? "'\(file.path)', which it wrote, changed" : "the content of '\(file.path)' changed"
    }

    private func remember(_ lookup: Lookup, files: [RunRecord.File], outcome: RunRecord.Outcome) {
        record.cells.append(RunRecord.CellFacts(index: lookup.cell.index, label: lookup.cell.label, parts: lookup.parts,
                                                sources: lookup.sources, files: files, outcome: outcome))
    }

    private static func files(read: [CacheEntry.FileStamp], written: [CacheEntry.FileStamp]) -> [RunRecord.File] {
        read.map { RunRecord.File(path: $0.path, digest: $0.digest, written: false) }
            + written.map { RunRecord.File(path: $0.path, digest: $0.digest, written: true) }
    }

    private func cacheable(_ cell: Cell, _ parsed: ParsedCell) -> Bool { cell.options.cache && !parsed.hasErrors }

    /// The stored result of a cell whose inputs are unchanged; its names wait in the graph until
    /// a running cell needs them.
    func reuse(_ lookup: Lookup, parsed: ParsedCell, cellName: String) -> CacheEntry? {
        let baseKey = lookup.baseKey
        guard mode == .use, cacheable(lookup.cell, parsed), let store, let hit = store.lookup(baseKey, cellName: cellName) else { return nil }
        graph.set(hit.entry.touched, key: hit.entry.effectiveKey, by: cellName)
        graph.await(hit.entry.touched, in: PendingValues(hit: hit, cellName: cellName))
        store.markUsed(baseKey)
        remember(lookup, files: Self.files(read: hit.entry.filesRead, written: hit.entry.filesWritten), outcome: .stored)
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
    func ran(_ lookup: Lookup, parsed: ParsedCell, report: CellReport, session: Session) {
        let cell = lookup.cell, baseKey = lookup.baseKey
        let touched = graph.touchedNames(parsed, session: session)
        let name = report.displayName
        guard cell.options.cache else {
            remember(lookup, files: [], outcome: .notStored)
            return graph.set(touched, key: Self.uniqueKey(), by: name)
        }
        guard let store else { return graph.set(touched, key: baseKey, by: name) }
        let context = session.context
        let read = context.filesRead.map { store.stamp($0) }
        let written = context.filesWritten.map { store.stamp($0) }
        let readStamps = read.compactMap { $0 } + context.pathsProbed.map { store.probe($0) }
        let effectiveKey = CellKey.effective(base: baseKey, filesRead: readStamps)
        graph.set(touched, key: effectiveKey, by: name)
        let files = Self.files(read: readStamps, written: written.compactMap { $0 })
        // A file that vanished at once cannot be checked next time; such a cell is not stored.
        guard cacheable(cell, parsed), !read.contains(where: { $0 == nil }), !written.contains(where: { $0 == nil }) else {
            return remember(lookup, files: files, outcome: .notStored)
        }
        let bindings = touched.compactMap { name in
            session.value(of: name).map { ValueArchive.Binding(name: name, value: $0, mutable: session.isMutable(name) ?? false) }
        }
        // A value the registry does not know only means this cell always runs.
        guard let values = try? archive.encode(bindings) else { return remember(lookup, files: files, outcome: .notStored) }
        remember(lookup, files: files, outcome: .stored)
        store.store(CacheEntry(baseKey: baseKey, effectiveKey: effectiveKey, duration: report.duration ?? 0,
                               outputs: report.outputs, filesRead: readStamps, filesWritten: written.compactMap { $0 },
                               touched: touched, values: values), cellName: name)
    }

    /// After a cell failed: what it touched may be half-changed (a fit that diverged), so nothing
    /// downstream may reuse a result computed from it.
    func failed(_ lookup: Lookup, parsed: ParsedCell, session: Session, cellName: String) {
        remember(lookup, files: [], outcome: .failed)
        graph.set(graph.touchedNames(parsed, session: session), key: Self.uniqueKey(), by: cellName)
    }

    /// A key nothing else has: later cells that read these names never match an old entry.
    static func uniqueKey() -> String { "unique-" + UUID().uuidString }

    /// Saves what this run used, then keeps the cache under its limit; says what that removed.
    func finish(notebookPath: String) -> String? {
        guard let store else { return nil }
        store.finish(notebookPath: notebookPath)
        if let recordURL { record.save(to: recordURL) }
        guard let limit else { return nil }
        let trimmed = CachePruner.trim(directory: store.directory, limit: limit)
        guard trimmed.removedEntries > 0 else { return nil }
        return "cache: removed \(trimmed.removedEntries) entries no notebook uses any more "
            + "(\(trimmed.freedBytes >> 20) MB) to stay under \(limit >> 20) MB (FOLIO_CACHE_LIMIT_MB)"
    }
}
