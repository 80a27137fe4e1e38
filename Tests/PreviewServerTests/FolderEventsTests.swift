import Foundation
@testable import PreviewServer
import Testing

/// The inotify watcher `serve` waits on: a save is an event, a folder made later is watched
/// once `rewatch` has seen it, and a quiet folder is quiet.
@Suite("Preview: file events")
struct FolderEventsTests {
    @Test("a save, a file in a new folder and a removal are each seen; nothing happening is not")
    func events() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("events-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let events = try #require(FolderEvents.start(roots: [folder.path]), "inotify is there on Linux")
        #expect(!events.wait(timeout: .milliseconds(50)))
        try Data("kind: persona\n".utf8).write(to: folder.appendingPathComponent("p.yaml"))
        #expect(events.wait(timeout: .seconds(5)))
        let nested = folder.appendingPathComponent("stories/more")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        #expect(events.wait(timeout: .seconds(5)), "the new folder itself")
        events.rewatch(roots: [folder.path])
        try Data("kind: stories\n".utf8).write(to: nested.appendingPathComponent("s.yaml"))
        #expect(events.wait(timeout: .seconds(5)), "a file in the new folder")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("p.yaml"))
        #expect(events.wait(timeout: .seconds(5)))
        #expect(!events.wait(timeout: .milliseconds(50)))
    }
}
