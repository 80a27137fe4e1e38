import BlueprintDiagnostics
import Foundation
import Testing
import TestSupport
@testable import BlueprintSyntax

@Suite("YAML parser")
struct ParserTests {
    @Test("every node keeps its range (golden tree dump)")
    func treeDump() throws {
        let text = try Golden.fixture("tree.yaml")
        let result = YAMLParser.parse(text, file: "tree.yaml")
        #expect(result.diagnostics.isEmpty)
        let dump = result.documents.map { $0.root.dump() }.joined(separator: "---\n")
        try Golden.assert(dump, matches: "tree.dump")
    }

    @Test("a syntax error is located and worded plainly")
    func syntaxError() {
        let result = YAMLParser.parse("kind: persona\nsummary: Says: nobody calls back\n", file: "a.yaml")
        let diagnostic = result.diagnostics.first
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic?.ruleID == "BP001")
        #expect(diagnostic?.range.start == SourcePosition(line: 2, column: 14))
        #expect(diagnostic?.message == "unquoted ': ' inside the value of 'summary': YAML reads it as the start of another key")
        #expect(diagnostic?.help == "quote the value: summary: \"Says: nobody calls back\"")
    }

    @Test("an unquoted colon in a value is explained as such, at the colon, in a block or a flow mapping",
          arguments: [
            ("text: Note: collected nightly\n", 1, 11, "text: \"Note: collected nightly\""),
            ("- {id: a, text: Note: collected nightly}\n", 1, 21, "text: \"Note: collected nightly\""),
            ("title: Step 1: call back: later # why\n", 1, 14, "title: \"Step 1: call back: later\""),
          ])
    func unquotedColon(_ text: String, _ line: Int, _ column: Int, _ fix: String) {
        let diagnostic = YAMLParser.parse(text, file: "a.yaml").diagnostics.first
        #expect(diagnostic?.message.hasPrefix("unquoted ': ' inside the value of") == true, "\(diagnostic?.message ?? "")")
        #expect(diagnostic?.range.start == SourcePosition(line: line, column: column))
        #expect(diagnostic?.help == "quote the value: \(fix)")
    }

    @Test("a line indented under a value by mistake is still an indentation problem")
    func misindentedLine() {
        let diagnostic = YAMLParser.parse("title: Something\n  more: x\n", file: "a.yaml").diagnostics.first
        #expect(diagnostic?.message == "unexpected ':' here")
    }

    @Test("lines end only at \\n, \\r\\n and \\r: U+2028, U+2029 and U+0085 in quoted text shift nothing after them",
          arguments: ["\u{2028}", "\u{2029}", "\u{85}", "\u{2028}\u{85}\u{2029}"])
    func lineSeparatorsInText(_ separators: String) throws {
        let text = "a: \"one\(separators)two\"\nb: \"x\(separators)y\"\nc: 3\n"
        let result = YAMLParser.parse(text, file: "a.yaml")
        #expect(result.diagnostics.isEmpty)
        let pairs = try #require(result.documents.first?.root.mapping)
        #expect(pairs.map(\.key.range.start) == [
            SourcePosition(line: 1, column: 1), SourcePosition(line: 2, column: 1), SourcePosition(line: 3, column: 1),
        ])
        // The value's end column counts the separators as characters, as an editor does.
        #expect(pairs[1].value.range.end == SourcePosition(line: 2, column: 8 + separators.unicodeScalars.count))
        #expect(pairs[0].value.scalar?.text.contains("two") == true)
    }

    @Test("an error after a line separator is reported on the editor's line")
    func errorAfterLineSeparator() {
        let result = YAMLParser.parse("a: \"one\u{2028}two\"\nb: [x\n", file: "a.yaml")
        #expect(result.diagnostics.first?.range.start == SourcePosition(line: 2, column: 4))
    }

    @Test("an invalid byte after lone CR line ends is reported on its line")
    func carriageReturnLines() {
        let result = YAMLParser.parse([UInt8]("a: 1\rb: 2\r\nc: ".utf8) + [0xFF], file: "a.yaml")
        #expect(result.diagnostics.first?.range.start == SourcePosition(line: 3, column: 4))
    }

    @Test("UTF-32 is named as such, with or without a byte-order mark")
    func utf32() {
        let text = "kind: persona\n"
        for bytes in [Array(text.data(using: .utf32LittleEndian)!), [0xFF, 0xFE, 0, 0] + Array(text.data(using: .utf32LittleEndian)!),
                      Array(text.data(using: .utf32BigEndian)!)] {
            #expect(YAMLParser.parse(bytes, file: "a.yaml").diagnostics.map(\.message) == ["file is UTF-32 encoded; workspace files must be UTF-8"])
        }
    }

    @Test("an unclosed flow list reports where the list started")
    func unclosedList() {
        let result = YAMLParser.parse("name: [Hayley\nrole: customer\n", file: "a.yaml")
        #expect(result.diagnostics.map(\.ruleID) == ["BP001"])
        #expect(result.diagnostics.first?.range.start == SourcePosition(line: 1, column: 7))
        #expect(result.diagnostics.first?.notes.first?.message == "the parser gave up here")
    }

    @Test("duplicate keys: the second is reported with a note at the first, the first value kept")
    func duplicateKey() throws {
        let result = YAMLParser.parse("id: a\nname: One\nname: Two\n", file: "a.yaml")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.ruleID == "BP002")
        #expect(diagnostic.range.start == SourcePosition(line: 3, column: 1))
        #expect(diagnostic.notes.first?.range?.start == SourcePosition(line: 2, column: 1))
        let pairs = try #require(result.documents.first?.root.mapping)
        #expect(pairs.count == 2)
        #expect(pairs[1].value.scalar?.text == "One")
    }

    /// Large mappings look keys up in a dictionary, small ones scan: both find every repeat.
    @Test("duplicate keys are found before and after a mapping grows large, with the first value kept", arguments: [3, 15, 16, 17, 40])
    func duplicateKeyInLargeMapping(keys: Int) throws {
        var lines = (0..<keys).map { "k\($0): v\($0)" }
        lines.append("k0: again")
        lines.append("k\(keys - 1): again")
        let result = YAMLParser.parse(lines.joined(separator: "\n") + "\n", file: "a.yaml")
        #expect(result.diagnostics.map(\.ruleID) == ["BP002", "BP002"])
        #expect(result.diagnostics.map(\.range.start.line) == [keys + 1, keys + 2])
        #expect(result.diagnostics.compactMap(\.notes.first?.range?.start.line) == [1, keys])
        let pairs = try #require(result.documents.first?.root.mapping)
        #expect(pairs.map { $0.value.scalar?.text } == (0..<keys).map { "v\($0)" })
    }

    @Test("an alias bomb stops at the expansion limit")
    func aliasBomb() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        let result = YAMLParser.parse(text, file: "bomb.yaml")
        #expect(result.diagnostics.map(\.ruleID) == ["BP003"])
        #expect(result.documents.isEmpty)
    }

    @Test("aliases within the limit expand to copies located at the alias")
    func aliasExpansion() throws {
        let result = YAMLParser.parse("a: &x [1, 2]\nb: *x\n", file: "a.yaml")
        #expect(result.diagnostics.isEmpty)
        let pairs = try #require(result.documents.first?.root.mapping)
        #expect(pairs[1].value.sequence?.count == 2)
        #expect(pairs[1].value.range.start == SourcePosition(line: 2, column: 4))
    }

    @Test("an alias to an unknown anchor is an error, not a crash")
    func unknownAlias() {
        let result = YAMLParser.parse("a: *nowhere\n", file: "a.yaml")
        #expect(result.diagnostics.map(\.ruleID) == ["BP001"])
    }

    @Test("deep nesting stops at the limit without exhausting the stack")
    func deepNesting() {
        let text = "a: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        let result = YAMLParser.parse(text, file: "deep.yaml")
        #expect(result.diagnostics.map(\.ruleID) == ["BP004"])
        #expect(result.diagnostics.first?.range.start == SourcePosition(line: 1, column: 4 + 63))
    }

    @Test("invalid UTF-8 is located at the offending byte")
    func invalidUTF8() {
        let bytes = Array("kind: persona\nname: Caf".utf8) + [0xE9] + Array("\n".utf8)
        let result = YAMLParser.parse(bytes, file: "latin1.yaml")
        #expect(result.diagnostics.map(\.ruleID) == ["BP005"])
        #expect(result.diagnostics.first?.range.start == SourcePosition(line: 2, column: 10))
        #expect(result.diagnostics.first?.message.contains("0xE9") == true)
    }

    @Test("overlong encodings and surrogates are invalid UTF-8", arguments: [
        [0xC0, 0xAF] as [UInt8], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
    ])
    func malformedSequences(_ sequence: [UInt8]) {
        let result = YAMLParser.parse(Array("a: ".utf8) + sequence, file: "a.yaml")
        #expect(result.diagnostics.map(\.ruleID) == ["BP005"])
    }

    @Test("binary and UTF-16 files are not text")
    func notText() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
        #expect(YAMLParser.parse(png, file: "image.yaml").diagnostics.map(\.ruleID) == ["BP005"])
        #expect(YAMLParser.parse([0xFF, 0xFE, 0x6B, 0], file: "utf16.yaml").diagnostics.first?.message.contains("UTF-16") == true)
        #expect(YAMLParser.parse(Array("a: b\u{0}".utf8), file: "nul.yaml").diagnostics.first?.message.contains("NUL") == true)
    }

    @Test("an empty or comment-only file needs a document", arguments: ["", "# nothing yet\n", "\n\n"])
    func emptyFile(_ text: String) {
        let result = YAMLParser.parse(text, file: "empty.yaml")
        #expect(result.diagnostics.map(\.ruleID) == ["BP006"])
    }

    @Test("a file over the size limit is refused before parsing")
    func fileTooLarge() {
        let limits = ParseLimits(maxFileBytes: 10)
        let result = YAMLParser.parse("kind: persona\n", file: "big.yaml", limits: limits)
        #expect(result.diagnostics.map(\.ruleID) == ["BP007"])
    }

    @Test("several documents in one file, with CRLF line ends")
    func multipleDocuments() {
        let result = YAMLParser.parse("a: 1\r\n---\r\nb: 2\r\n", file: "two.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.count == 2)
        #expect(result.documents[1].root.range.start == SourcePosition(line: 3, column: 1))
    }

    @Test("scalars keep their style, so quoted numbers stay text")
    func scalarStyles() throws {
        let result = YAMLParser.parse("a: 1\nb: \"1\"\nc: ~\nd: |\n  line\n", file: "a.yaml")
        let values = try #require(result.documents.first?.root.mapping).map(\.value)
        #expect(values[0].scalar?.integer == 1)
        #expect(values[1].scalar?.integer == nil)
        #expect(values[2].scalar?.isNull == true)
        #expect(values[3].scalar?.style == .literal)
        #expect(values[3].scalar?.text == "line\n")
    }
}
