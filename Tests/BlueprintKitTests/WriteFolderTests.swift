import BlueprintKit
import Foundation
import Testing
import TestSupport

@Suite("Writing a folder atomically")
struct WriteFolderTests {
    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    func contents(_ folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let manager = FileManager.default
        for name in try manager.subpathsOfDirectory(atPath: folder.path) {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(name)
            if manager.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue, name != OutputPolicy.manifestName {
                result[name] = try String(contentsOf: url, encoding: .utf8)
            }
        }
        return result
    }

    @Test("writes a new folder, and replaces an earlier export as a whole")
    func replaces() throws {
        let scratch = try ScratchFolder()
        let folder = scratch.url.appendingPathComponent("out/features")
        try OutputFile.writeFolder([("a.feature", bytes("A")), ("b.feature", bytes("B"))], to: folder,
                                   replaceable: ["feature"])
        #expect(try contents(folder) == ["a.feature": "A", "b.feature": "B"])
        try OutputFile.writeFolder([("a.feature", bytes("A2"))], to: folder, replaceable: ["feature"])
        #expect(try contents(folder) == ["a.feature": "A2"])
        // Nothing is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path) == ["features"])
    }

    @Test("refuses a folder that holds other files, and leaves it as it was")
    func refusesForeignFolder() throws {
        let scratch = try ScratchFolder()
        try scratch.write("features/steps.rb", "step definitions")
        try scratch.write("features/old.feature", "old")
        let folder = scratch.url.appendingPathComponent("features")
        #expect(throws: WorkspaceError.self) {
            try OutputFile.writeFolder([("a.feature", bytes("A"))], to: folder, replaceable: ["feature"])
        }
        #expect(try contents(folder) == ["steps.rb": "step definitions", "old.feature": "old"])
    }

    @Test("a failed write leaves neither half a folder nor a changed old one")
    func failureLeavesNothing() throws {
        let scratch = try ScratchFolder()
        let folder = scratch.url.appendingPathComponent("site")
        try OutputFile.writeFolder([("index.html", bytes("old"))], to: folder)
        // "a" is written as a file, so "a/b" cannot be: the write fails half-way.
        #expect(throws: WorkspaceError.self) {
            try OutputFile.writeFolder([("index.html", bytes("new")), ("a", bytes("x")), ("a/b", bytes("y"))], to: folder)
        }
        #expect(try contents(folder) == ["index.html": "old"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["site"])
        // Paths that leave the folder are refused before anything is written.
        #expect(throws: WorkspaceError.self) { try OutputFile.writeFolder([("../evil", bytes("x"))], to: folder) }
        #expect(try contents(folder) == ["index.html": "old"])
    }
}
