import Foundation
import FolioCore
import FolioLanguage
import FolioLibrary
import FolioMarkdown
import FolioReport

/// The cache's side of one run: keys for each cell, reusing entries, restoring their values
/// only when a later cell that runs needs them, and storing what ran.
final class RunCache {
    /// A restored value did not decode or failed its checksum after its cell was already reused;
    /// the entry is gone and the run starts again.
    struct RestoreFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// The values of one reused entry that have not been restored yet; shared by its names so
    /// they are restored together (names sharing an object keep sharing it).
    private final class Pending {
        let hit: CellCache.Hit
        let cellName: String
        init(hit: CellCache.Hit, cellName: String) {
            self.hit = hit
            self.cellName = cellName
        }
    }

    let mode: RunOptions.CacheMode
    let version: String
    private let limit: Int?
    private let store: CellCache?
    private var keys: CacheKeys
    private var pending: [String: Pending] = [:]

    init(options: RunOptions, params: [(name: String, value: Value)]) {
        mode = options.cacheMode
        limit = options.cacheLimitBytes
        let store = options.cacheMode == .off ? nil
            : CellCache(directory: options.cacheDirectory ?? CachePruner.defaultDirectory(root: options.rootDirectory),
                        root: options.rootDirectory)
        self.store = store
        version = options.cacheVersion + (options.buildFile.flatMap(Self.buildStamp).map { " build " + $0 } ?? "")
        keys = CacheKeys(params: params)
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
        keys.baseKey(for: cell, parsed: parsed, version: version)
    }

    private func cacheable(_ cell: Cell, _ parsed: ParsedCell) -> Bool { cell.options.cache && !parsed.hasErrors }

    /// The stored result of a cell whose inputs are unchanged; its names become pending.
    func reuse(_ cell: Cell, parsed: ParsedCell, baseKey: String, cellName: String) -> CacheEntry? {
        guard mode == .use, cacheable(cell, parsed), let store, let hit = store.lookup(baseKey, cellName: cellName) else { return nil }
        let values = Pending(hit: hit, cellName: cellName)
        for name in hit.entry.touched { pending[name] = values }
        keys.record(hit.entry.touched, key: hit.entry.effectiveKey)
        store.markUsed(baseKey)
        return hit.entry
    }

    func resolve(_ stamp: CacheEntry.FileStamp) -> URL? {
        store?.resolve(stamp.path).standardizedFileURL
    }

    /// Defines the pending values among `names` (and the rest of their entries) in the session.
    func restore(_ names: Set<String>, into session: Session) throws {
        var groups: [Pending] = []
        for name in names.sorted() {
            if let group = pending[name], !groups.contains(where: { $0 === group }) { groups.append(group) }
        }
        for group in groups {
            do {
                guard let store else { throw RestoreFailure(description: "no cache") }
                for binding in try ValueArchive.decode(store.values(of: group.hit)) where pending[binding.name] === group {
                    session.define(binding.name, binding.value, mutable: binding.mutable)
                    pending[binding.name] = nil
                }
            } catch {
                store?.discard(group.hit.entry.baseKey, cellName: group.cellName, reason: "\(error)")
                throw RestoreFailure(description: "the cache entry of cell \(group.cellName) could not be restored (\(error))")
            }
        }
    }

    /// After a cell ran well: stores it (when it may be cached) and records the key later cells see.
    func ran(_ cell: Cell, parsed: ParsedCell, report: CellReport, baseKey: String, session: Session) {
        for name in parsed.boundNames { pending[name] = nil }
        let touched = CacheKeys.touchedNames(parsed, session: session, params: keys.paramNames)
        guard cell.options.cache else { return keys.record(touched, key: CacheKeys.unique()) }
        guard let store else { return keys.record(touched, key: baseKey) }
        let context = session.context
        let read = context.filesRead.map { store.stamp($0) }
        let written = context.filesWritten.map { store.stamp($0) }
        let readStamps = read.compactMap { $0 } + context.pathsProbed.map { store.probe($0) }
        let effectiveKey = CellKey.effective(base: baseKey, filesRead: readStamps)
        keys.record(touched, key: effectiveKey)
        // A file that vanished at once cannot be checked next time; such a cell is not stored.
        guard cacheable(cell, parsed), !read.contains(where: { $0 == nil }), !written.contains(where: { $0 == nil }) else { return }
        let bindings = touched.compactMap { name in
            session.value(of: name).map { ValueArchive.Binding(name: name, value: $0, mutable: session.isMutable(name) ?? false) }
        }
        // A value the archive does not know (none today) only means this cell always runs.
        guard let values = try? ValueArchive.encode(bindings) else { return }
        store.store(CacheEntry(baseKey: baseKey, effectiveKey: effectiveKey, duration: report.duration ?? 0,
                               outputs: report.outputs, filesRead: readStamps, filesWritten: written.compactMap { $0 },
                               touched: touched, values: values), cellName: report.displayName)
    }

    /// After a cell failed: what it touched may be half-changed (a fit that diverged), so nothing
    /// downstream may reuse a result computed from it.
    func failed(parsed: ParsedCell, session: Session) {
        keys.record(CacheKeys.touchedNames(parsed, session: session, params: keys.paramNames), key: CacheKeys.unique())
        skipped(parsed: parsed)
    }

    func skipped(parsed: ParsedCell) {
        keys.forget(parsed.boundNames)
        for name in parsed.boundNames { pending[name] = nil }
    }

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
