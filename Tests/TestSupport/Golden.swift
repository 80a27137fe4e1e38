import Foundation
import Testing

/// Compares output with its golden file byte for byte; with `UPDATE_GOLDENS=1` in the
/// environment it rewrites the file first (then review the diff).
public func expectGolden(_ actual: String, at url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
    if Golden.updating {
        try Data(actual.utf8).write(to: url, options: .atomic)
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "differs from \(url.lastPathComponent); run with UPDATE_GOLDENS=1 and review the diff",
            sourceLocation: sourceLocation)
}

/// Golden files named by a test file's `Fixtures` folder. The folder is found from the caller's
/// `#filePath`, so each target's goldens stay beside its tests.
public enum Golden {
    /// Whether this run rewrites goldens instead of comparing (`UPDATE_GOLDENS=1`).
    public static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" }

    /// The `Fixtures` folder beside the calling test file.
    public static func fixtures(_ filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    /// The text of a file in the calling test target's `Fixtures` folder.
    public static func fixture(_ name: String, filePath: String = #filePath) throws -> String {
        try String(contentsOf: fixtures(filePath).appendingPathComponent(name), encoding: .utf8)
    }

    /// `expectGolden` for a file in the calling test target's `Fixtures` folder.
    public static func assert(_ actual: String, matches name: String, filePath: String = #filePath,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        try expectGolden(actual, at: fixtures(filePath).appendingPathComponent(name), sourceLocation: sourceLocation)
    }
}
