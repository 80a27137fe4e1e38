import Foundation
import Testing

/// Compares output with its golden file byte for byte; with `UPDATE_GOLDENS=1` in the
/// environment it rewrites the file first (then review the diff).
func expectGolden(_ actual: String, at url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
    if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
        try Data(actual.utf8).write(to: url, options: .atomic)
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "differs from \(url.lastPathComponent); run with UPDATE_GOLDENS=1 and review the diff",
            sourceLocation: sourceLocation)
}
