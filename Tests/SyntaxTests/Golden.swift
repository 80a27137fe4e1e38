import Foundation
import Testing

/// Golden files for emitted text: compared byte for byte, rewritten when the environment has
/// `UPDATE_GOLDENS=1` (then review the diff).
enum Golden {
    /// The text of a file in this test target's `Fixtures` folder.
    static func fixture(_ name: String, filePath: String = #filePath) throws -> String {
        try String(contentsOf: url(name, filePath: filePath), encoding: .utf8)
    }

    static func url(_ name: String, filePath: String) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    static func assert(_ actual: String, matches name: String, filePath: String = #filePath,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = url(name, filePath: filePath)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try Data(actual.utf8).write(to: url, options: .atomic)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "differs from golden \(name); run with UPDATE_GOLDENS=1 to regenerate and review", sourceLocation: sourceLocation)
    }
}
