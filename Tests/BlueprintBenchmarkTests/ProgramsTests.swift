import BlueprintBenchmark
import BlueprintKit
import Foundation
import Testing

@Suite("The programs bench runs")
struct ProgramsTests {
    @Test("dot is found on PATH, never in the current folder; its absence says to install Graphviz")
    func dotOnPath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("blueprint-bench-tests-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin.appendingPathComponent("dot"), withIntermediateDirectories: true)
        let elsewhere = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let dot = elsewhere.appendingPathComponent("dot")
        try Data("#!/bin/sh\n".utf8).write(to: dot)
        #expect(chmod(dot.path, 0o755) == 0)

        // A folder named dot is skipped; the executable later on the path is found.
        #expect(try Bench.dotCommand(searching: "\(bin.path)::.:\(elsewhere.path)") == dot)
        let missing = Result { try Bench.dotCommand(searching: "\(bin.path):") }
        guard case .failure(let error) = missing else { Issue.record("a folder named dot was taken for the command"); return }
        #expect(String(describing: error).contains("Graphviz's 'dot' command, which is not on PATH"))
    }
}
