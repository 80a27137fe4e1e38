import Diagnostics

/// swiftc/rustc-style text: `path:line:col: error: message [BP013]`, the source line, a caret
/// under the span, then `note:` and `help:` lines.
public struct TextReporter: Reporter {
    /// ANSI colours, for a terminal only (the CLI decides: a TTY and no `NO_COLOR`).
    public var color: Bool

    public init(color: Bool = false) { self.color = color }

    public func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        var lines = SourceLines(context.sources)
        var output = ""
        for diagnostic in diagnostics {
            output += heading(diagnostic.range, severity: diagnostic.severity.rawValue,
                              message: "\(diagnostic.message) [\(diagnostic.ruleID)]")
            output += excerpt(diagnostic.range, lines: &lines)
            for note in diagnostic.notes {
                if let range = note.range {
                    output += heading(range, severity: "note", message: note.message)
                    output += excerpt(range, lines: &lines)
                } else {
                    output += paint("note: ", .bold) + note.message + "\n"
                }
            }
            if let help = diagnostic.help { output += paint("help: ", .cyan) + help + "\n" }
        }
        output += summaryLine(diagnostics, fileCount: context.fileCount) + "\n"
        return output
    }

    private func heading(_ range: SourceRange, severity: String, message: String) -> String {
        let style: Style = switch severity {
        case "error": .red
        case "warning": .yellow
        default: .bold
        }
        return paint("\(range.file):\(range.start.line):\(range.start.column): ", .bold)
            + paint("\(severity): ", style) + paint(message, .bold) + "\n"
    }

    /// The source line and a caret under the span (to the end of the line if it runs on).
    private func excerpt(_ range: SourceRange, lines: inout SourceLines) -> String {
        guard let line = lines.line(range.start.line, in: range.file) else { return "" }
        let number = String(range.start.line)
        let gutter = String(repeating: " ", count: number.count)
        let shown = line.replacingTabs()
        let start = max(0, range.start.column - 1)
        let lineLength = shown.unicodeScalars.count
        let end = range.end.line == range.start.line ? max(range.end.column - 1, start + 1) : max(lineLength, start + 1)
        let caret = String(repeating: " ", count: start) + "^" + String(repeating: "~", count: max(0, min(end, max(lineLength, start + 1)) - start - 1))
        return paint("\(number) | ", .blue) + shown + "\n" + paint("\(gutter) | ", .blue) + paint(caret, .green) + "\n"
    }

    private enum Style: String {
        case red = "31", yellow = "33", green = "32", blue = "34", cyan = "36", bold = "1"
    }

    private func paint(_ text: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}

/// Splits source files into lines once, on first use.
struct SourceLines {
    private let sources: [String: String]
    private var cache: [String: [Substring]] = [:]

    init(_ sources: [String: String]) { self.sources = sources }

    mutating func line(_ number: Int, in file: String) -> String? {
        if cache[file] == nil, let text = sources[file] {
            // "\r\n" is one Character in Swift, so split on both forms of line end.
            cache[file] = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        }
        guard let lines = cache[file], number >= 1, number <= lines.count else { return nil }
        return String(lines[number - 1])
    }
}

extension String {
    /// Tabs as single spaces, so the caret lines up with what libyaml counted (one column).
    func replacingTabs() -> String { String(map { $0 == "\t" ? " " : $0 }) }
}
