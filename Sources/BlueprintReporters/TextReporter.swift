import BlueprintDiagnostics

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
                    output += paint("note: ", .bold) + TerminalText.safe(note.message, keepingLineBreaks: false) + "\n"
                }
            }
            if let help = diagnostic.help { output += paint("help: ", .cyan) + TerminalText.safe(help, keepingLineBreaks: false) + "\n" }
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
        return paint("\(TerminalText.safe(range.file, keepingLineBreaks: false)):\(range.start.line):\(range.start.column): ", .bold)
            + paint("\(severity): ", style) + paint(TerminalText.safe(message, keepingLineBreaks: false), .bold) + "\n"
    }

    /// The source line and a caret under the span (to the end of the line if it runs on). A line
    /// longer than `window` columns is cut to a window around the span, "…" on each cut side, so
    /// a finding on a 10 MB line prints a few hundred bytes. Control characters are shown as
    /// `\u{1B}` (`TerminalText`) and the caret moves with them, so it stays under its character.
    private func excerpt(_ range: SourceRange, lines: inout SourceLines) -> String {
        guard let scalars = lines.scalars(ofLine: range.start.line, in: range.file) else { return "" }
        let number = String(range.start.line)
        let gutter = String(repeating: " ", count: number.count)
        let lineLength = scalars.count
        let start = min(max(0, range.start.column - 1), lineLength)
        let end = range.end.line == range.start.line ? max(range.end.column - 1, start + 1) : max(lineLength, start + 1)

        // The window, in scalars: the span's start with some context before it, or the line's end.
        var first = 0
        var last = lineLength
        if lineLength > Self.window {
            first = max(0, min(start - Self.contextBefore, lineLength - Self.window))
            // Cutting a few characters only to write "…" in their place hides more than it saves.
            if first < 8 { first = 0 }
            last = min(lineLength, first + Self.window)
        }
        var shown = first > 0 ? "…" : ""
        var column = shown.unicodeScalars.count
        var caretStart = column
        var caretEnd = column
        for offset in first..<last {
            if offset == start { caretStart = column }
            if offset == end { caretEnd = column }
            let scalar = scalars[offset]
            let text = scalar == "\t" ? " " : TerminalText.isUnsafe(scalar, keepingLineBreaks: false) ? TerminalText.visible(scalar) : String(scalar)
            shown += text
            column += text.unicodeScalars.count
        }
        if start >= last { caretStart = column }
        if end >= last { caretEnd = column }
        if last < lineLength { shown += "…" }
        let caret = String(repeating: " ", count: caretStart) + "^" + String(repeating: "~", count: max(0, caretEnd - caretStart - 1))
        return paint("\(number) | ", .blue) + shown + "\n" + paint("\(gutter) | ", .blue) + paint(caret, .green) + "\n"
    }

    /// At most this many characters of a source line are shown, ...
    static let window = 120
    /// ... from this many before the span's start.
    static let contextBefore = 40

    private enum Style: String {
        case red = "31", yellow = "33", green = "32", blue = "34", cyan = "36", bold = "1"
    }

    private func paint(_ text: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}

/// Splits source files into lines once, on first use; keeps the last line's scalars, so many
/// findings on one long line read it once.
struct SourceLines {
    private let sources: [String: String]
    private var cache: [String: [Substring]] = [:]
    private var last: (file: String, number: Int, scalars: [Unicode.Scalar])?

    init(_ sources: [String: String]) { self.sources = sources }

    mutating func line(_ number: Int, in file: String) -> String? {
        if cache[file] == nil, let text = sources[file] {
            // "\r\n" is one Character in Swift, so split on both forms of line end.
            cache[file] = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        }
        guard let lines = cache[file], number >= 1, number <= lines.count else { return nil }
        return String(lines[number - 1])
    }

    mutating func scalars(ofLine number: Int, in file: String) -> [Unicode.Scalar]? {
        if let last, last.file == file, last.number == number { return last.scalars }
        guard let line = line(number, in: file) else { return nil }
        let scalars = Array(line.unicodeScalars)
        last = (file, number, scalars)
        return scalars
    }
}
