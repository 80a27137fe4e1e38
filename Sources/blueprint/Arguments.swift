import ArgumentParser
import BlueprintKit
import Foundation

// The argument types commands share, parsed once by ArgumentParser.

/// When to colour text output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    /// `auto` colours only a terminal, and never when `NO_COLOR` is set (no-color.org).
    var enabled: Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
extension DiagramFormat: ExpressibleByArgument {}

extension CoverageReport.Format: ExpressibleByArgument {}

extension CoverageMinimum {
    /// `--min 80` or `--min pain-points-critical=100`, read once; a usage error says what is wrong.
    static func argument(_ text: String) throws -> CoverageMinimum {
        do { return try CoverageMinimum(parsing: text) } catch { throw ValidationError(error.description) }
    }
}
extension ResearchSummaryReport.Format: ExpressibleByArgument {}
extension BacklogFormat: ExpressibleByArgument {}

/// "Output format." — ArgumentParser lists the values from the format's cases itself, so a new
/// case is listed with no edit; `notes` says what a value means, `then` follows.
func formatHelp<Format: CaseIterable & RawRepresentable>(_: Format.Type, notes: [String: String] = [:], then more: String = "") -> ArgumentHelp
where Format.RawValue == String {
    let explained = Format.allCases.compactMap { format in notes[format.rawValue].map { "\(format.rawValue): \($0)" } }
    return ArgumentHelp("Output format\(explained.isEmpty ? "" : " (" + explained.joined(separator: "; ") + ")").\(more.isEmpty ? "" : " " + more)")
}

/// `--format` and `-o` of the commands that draw a diagram (`render`, `render trace`).
struct DiagramOutputOptions: ParsableArguments {
    @Option(help: formatHelp(DiagramFormat.self, then: "Default: from the output file's extension, else svg."))
    var format: DiagramFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file (a folder with 'render --all'); - for standard output.", valueName: "file"))
    var output: String

    /// The format asked for, else the output file's extension, else SVG.
    var chosenFormat: DiagramFormat {
        format ?? DiagramFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) ?? .svg
    }

    /// A file name whose extension is not a format, with no --format: say so before any work.
    func validateFormat() throws {
        let pathExtension = URL(fileURLWithPath: output).pathExtension.lowercased()
        if format == nil, output != "-", !pathExtension.isEmpty, DiagramFormat(rawValue: pathExtension) == nil {
            throw ValidationError("cannot tell the format from '\(output)'; add --format \(DiagramFormat.allCases.map(\.rawValue).joined(separator: "|"))")
        }
    }
}
