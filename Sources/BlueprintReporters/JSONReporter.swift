import BlueprintDiagnostics
import Foundation

/// Findings as JSON for scripts and editors. Keys are sorted, so output is byte-stable.
public struct JSONReporter: Reporter {
    struct Output: Encodable {
        var version = 1
        var diagnostics: [Finding]
        var summary: Summary
    }

    struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        var files: Int
    }

    struct Finding: Encodable {
        var rule: String
        var severity: String
        var message: String
        var location: Location
        var notes: [NoteOutput]
        var help: String?
    }

    struct NoteOutput: Encodable {
        var message: String
        var location: Location?
    }

    struct Location: Encodable {
        var file: String
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int

        init(_ range: SourceRange) {
            file = range.file
            line = range.start.line
            column = range.start.column
            endLine = range.end.line
            endColumn = range.end.column
        }
    }

    public init() {}

    public func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let output = Output(
            diagnostics: diagnostics.map { diagnostic in
                Finding(rule: diagnostic.ruleID, severity: diagnostic.severity.rawValue, message: diagnostic.message,
                        location: Location(diagnostic.range),
                        notes: diagnostic.notes.map { NoteOutput(message: $0.message, location: $0.range.map(Location.init)) },
                        help: diagnostic.help)
            },
            summary: Summary(errors: diagnostics.filter { $0.severity == .error }.count,
                             warnings: diagnostics.filter { $0.severity == .warning }.count,
                             files: context.fileCount))
        return encodeJSON(output)
    }
}

/// Pretty, key-sorted JSON with a final newline: the same value always gives the same bytes.
func encodeJSON<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding plain structs of strings and integers cannot fail.
    let data = try! encoder.encode(value)
    return String(decoding: data, as: UTF8.self) + "\n"
}
