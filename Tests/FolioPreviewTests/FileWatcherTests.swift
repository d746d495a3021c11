import Foundation
@testable import FolioPreview
import XCTest

final class FileWatcherTests: XCTestCase {
    func testSeesContentChangesCreationAndDeletion() throws {
        let scratch = try Scratch()
        let notebook = try scratch.write("a.md", "one").path
        let data = scratch.url.appendingPathComponent("data.csv").path
        var watcher = FileWatcher(paths: [notebook, data, notebook])
        XCTAssertEqual(watcher.paths, [notebook, data], "duplicates are watched once")
        XCTAssertEqual(watcher.changes(in: watcher.current()), [])

        try "two, longer".write(toFile: notebook, atomically: true, encoding: .utf8)
        XCTAssertEqual(watcher.changes(in: watcher.current()), [notebook])
        watcher.accept(watcher.current())
        XCTAssertEqual(watcher.changes(in: watcher.current()), [])

        try "1,2".write(toFile: data, atomically: false, encoding: .utf8)
        XCTAssertEqual(watcher.changes(in: watcher.current()), [data])
        watcher.accept(watcher.current())
        try FileManager.default.removeItem(atPath: data)
        XCTAssertEqual(watcher.changes(in: watcher.current()), [data])
    }

    func testSameSizeRewriteIsSeenThroughTheModificationTime() throws {
        let scratch = try Scratch()
        let file = try scratch.write("a.md", "x = 1").path
        let watcher = FileWatcher(paths: [file])
        let before = FileStamp.of(file)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: file)
        XCTAssertEqual(FileStamp.of(file).size, before.size)
        XCTAssertEqual(watcher.changes(in: watcher.current()), [file])
    }

    func testNewWatchListKeepsTheBaselineOfFilesAlreadyWatched() throws {
        let scratch = try Scratch()
        let notebook = try scratch.write("a.md", "one").path
        let data = try scratch.write("d.csv", "1").path
        var watcher = FileWatcher(paths: [notebook])
        // Changed while a run was reading it: must still count after the watch list is replaced.
        try "changed during the run".write(toFile: notebook, atomically: true, encoding: .utf8)
        watcher.watch([notebook, data])
        XCTAssertEqual(watcher.changes(in: watcher.current()), [notebook])
    }
}
