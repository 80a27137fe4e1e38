import BlueprintDiagnostics
import Foundation
import BlueprintReporters
import Testing

/// The text reporter at the terminal's edge: control characters shown visibly with the caret
/// still under its character, and long source lines cut to a window around the span.
@Suite("Text reporter safety")
struct TextReporterSafetyTests {
    func report(_ line: String, from start: Int, to end: Int, message: String = "bad value",
                notes: [Diagnostic.Note] = [], help: String? = nil) -> String {
        let range = SourceRange(file: "a.yaml", start: SourcePosition(line: 2, column: start), end: SourcePosition(line: 2, column: end))
        let diagnostic = Diagnostic(ruleID: "BP000", severity: .error, message: message, at: range, notes: notes, help: help)
        return TextReporter().report([diagnostic], context: ReportContext(sources: ["a.yaml": "kind: x\n" + line + "\n"], fileCount: 1))
    }

    /// The shown source line and the text from the caret on, for a report of line 2.
    func excerpt(_ output: String) throws -> (line: String, underCaret: Substring, caret: String) {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix("2 | ") })
        let line = String(lines[index].dropFirst(4))
        let caret = String(lines[index + 1].dropFirst(4))
        let column = try #require(caret.firstIndex(of: "^")).utf16Offset(in: caret)
        return (line, line.utf16.count >= column ? line[String.Index(utf16Offset: column, in: line)...] : "", caret)
    }

    @Test("control characters in the message, notes, help and source line are shown as \\u{…}; the caret follows them")
    func controlCharacters() throws {
        let line = "text: \"\u{1B}[2K\u{D}no problems\u{1B}]52;c;ZXZpbA==\u{7}\u{202E}\" bad"
        let start = Array(line.unicodeScalars).lastIndex(of: "b")! + 1
        let output = report(line, from: start, to: start + 3, message: "unknown '\u{1B}[2K'",
                            notes: [Diagnostic.Note("see \u{9B}31m")], help: "drop \u{7}\u{8}\u{7F}\nfake: line")
        #expect(!output.unicodeScalars.contains { $0 != "\n" && (TerminalText.isUnsafe($0)) }, "\(output)")
        #expect(output.contains(#"error: unknown '\u{1B}[2K' [BP000]"#))
        #expect(output.contains(#"note: see \u{9B}31m"#))
        #expect(output.contains(#"help: drop \u{7}\u{8}\u{7F}\u{A}fake: line"#))
        let shown = try excerpt(output)
        #expect(shown.line == #"text: "\u{1B}[2K\u{D}no problems\u{1B}]52;c;ZXZpbA==\u{7}\u{202E}" bad"#)
        #expect(shown.underCaret == "bad")
        #expect(shown.caret.hasSuffix("^~~"))
    }

    @Test("a caret under a control character itself points at its escaped form")
    func caretOnControl() throws {
        let output = report("a: x\u{1B}y", from: 5, to: 6)
        let shown = try excerpt(output)
        #expect(shown.underCaret == #"\u{1B}y"#)
        #expect(shown.caret.hasSuffix("^~~~~~"))
    }

    @Test("a finding on a 10 MB line prints a window of the line around the span, the caret under it")
    func longLine() throws {
        let before = String(repeating: "a", count: 5_000_000)
        let after = String(repeating: "z", count: 5_000_000)
        let line = "key: " + before + "TARGET" + after
        let start = 5 + before.count + 1
        let output = report(line, from: start, to: start + 6)
        #expect(output.utf8.count < 1_000, "\(output.utf8.count) bytes")
        let shown = try excerpt(output)
        #expect(shown.line.hasPrefix("…a"))
        #expect(shown.line.hasSuffix("z…"))
        #expect(shown.line.count <= 122)
        #expect(shown.underCaret.hasPrefix("TARGET"))
        #expect(shown.caret.hasSuffix("^~~~~~"))
    }

    @Test("a long line is cut only on the side that runs on; a short one is shown whole")
    func windowSides() throws {
        let line = "key: " + String(repeating: "x", count: 500)
        let atStart = try excerpt(report(line, from: 1, to: 4))
        #expect(atStart.line.hasPrefix("key: x"))
        #expect(atStart.line.hasSuffix("x…"))
        #expect(atStart.underCaret.hasPrefix("key"))
        let atEnd = try excerpt(report(line, from: 504, to: 506))
        #expect(atEnd.line.hasPrefix("…x"))
        #expect(atEnd.line.hasSuffix("xx"))
        #expect(atEnd.underCaret == "xx")
        let short = try excerpt(report("key: value", from: 6, to: 11))
        #expect(short.line == "key: value")
        #expect(short.underCaret == "value")
        #expect(short.caret == "     ^~~~~")
    }

    @Test("a span that runs past the window is underlined to the window's edge")
    func spanPastWindow() throws {
        let line = "key: " + String(repeating: "x", count: 500)
        let shown = try excerpt(report(line, from: 6, to: 500))
        #expect(shown.caret.count == shown.line.count - 1)
    }
}
