import CBlueprintYAML
import BlueprintDiagnostics

/// Turns libyaml's terse problem text into a message and a fix in plain words.
enum ParserProblem {
    static func diagnostic(for parser: yaml_parser_t, file: String, bytes: [UInt8], lines: LineMap) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let context = parser.context.map { String(cString: $0) }
        let mark = parser.problem_mark
        // Reader errors carry only an offset; the text check has already ruled out most of them.
        let position = lines.position(mark)
        var notes: [Diagnostic.Note] = []
        if let context, parser.context_mark.line != mark.line || parser.context_mark.column != mark.column {
            let contextPosition = lines.position(parser.context_mark)
            notes.append(.init(context, at: SourceRange(file: file, at: contextPosition)))
        }
        var (message, help) = plainWords(problem: problem, context: context)
        if problem == "found character that cannot start any token",
           let character = character(at: position, in: bytes) {
            (message, help) = character == "\t"
                ? ("a tab is used for indentation", "indent with spaces; YAML does not allow tabs there")
                : ("'\(character)' cannot start a value", "quote the text; YAML reserves '\(character)' at the start of a value")
        }
        // `text: Note: collected nightly`: a ': ' inside an unquoted value reads as a second key.
        // libyaml says "mapping values are not allowed" in a block and "did not find ',' or '}'"
        // in a flow mapping; both are the same mistake, at the colon, and quoting is the fix.
        if problem == "mapping values are not allowed in this context" || unclosed.contains(problem),
           let colon = UnquotedColon(at: position, in: bytes) {
            return Diagnostic(
                ruleID: SyntaxRuleID.syntaxError, severity: .error,
                message: "unquoted ': ' inside the value of '\(colon.key)': YAML reads it as the start of another key",
                at: SourceRange(file: file, at: position),
                help: "quote the value: \(colon.key): \(colon.quotedValue)")
        }
        // An unclosed bracket or quote is found only at the end of the file; point at where it
        // was opened, which is where the fix goes, and note where the parser gave up.
        if unclosed.contains(problem), let opened = notes.first?.range {
            return Diagnostic(
                ruleID: SyntaxRuleID.syntaxError, severity: .error, message: message, at: opened,
                notes: [.init("the parser gave up here", at: SourceRange(file: file, at: position))], help: help)
        }
        return Diagnostic(
            ruleID: SyntaxRuleID.syntaxError, severity: .error, message: message,
            at: SourceRange(file: file, at: position), notes: notes, help: help)
    }

    /// The character at a 1-based line and column (counted in Unicode scalars, as libyaml does).
    static func character(at position: SourcePosition, in bytes: [UInt8]) -> Unicode.Scalar? {
        let text = String(decoding: bytes, as: UTF8.self)
        var line = 1, column = 1, previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            // "\r\n" is one line break: its "\n" was counted with the "\r".
            if scalar == "\n" && previous == "\r" { continue }
            if line == position.line && column == position.column { return scalar }
            if scalar == "\n" || scalar == "\r" { line += 1; column = 1 } else { column += 1 }
            if line > position.line { return nil }
        }
        return nil
    }

    static let unclosed: Set<String> = [
        "did not find expected ',' or ']'", "did not find expected ',' or '}'", "found unexpected end of stream",
    ]

    /// The message and help for a libyaml problem. Unknown problems keep libyaml's words.
    static func plainWords(problem: String, context: String?) -> (String, String?) {
        switch problem {
        case "mapping values are not allowed in this context":
            return ("unexpected ':' here",
                    "quote the text if it contains ': ', or check this line's indentation")
        case "did not find expected key":
            return ("this line does not line up with the keys of its mapping",
                    "indent it like the keys above it, or quote the value on the previous line")
        case "could not find expected ':'":
            return ("expected ':' after a key",
                    "add ': ' after the key, or quote the text if it is a long value")
        case "found character that cannot start any token":
            return ("this character cannot start a value",
                    "quote the text (YAML reserves '@', '`', '%' and tabs at the start of a value)")
        case "did not find expected '-' indicator":
            return ("expected a list item ('- ') at this indentation",
                    "start the line with '- ' or indent it under the previous item")
        case "block sequence entries are not allowed in this context":
            return ("a list item ('- ') cannot start here",
                    "put the list on its own lines, indented under its key")
        case "did not find expected node content":
            return ("expected a value here", "write a value, or quote the text")
        case "did not find expected ',' or ']'":
            return ("a '[' list is not closed", "separate items with ',' and close the list with ']'")
        case "did not find expected ',' or '}'":
            return ("a '{' mapping is not closed", "separate entries with ',' and close the mapping with '}'")
        case "found unexpected end of stream":
            return ("the file ends inside a quoted text", "close the quote")
        case "found unknown escape character":
            return ("unknown escape sequence in double-quoted text",
                    "use single quotes, or write a backslash as '\\\\'")
        case "found a tab character that violates indentation",
             "found a tab character where an indentation space is expected":
            return ("a tab is used for indentation", "indent with spaces; YAML does not allow tabs there")
        case "found undefined tag handle":
            return ("unknown tag handle", "remove the '!' tag; workspace documents need no tags")
        case "found unexpected ':'":
            return ("unexpected ':'", "quote the text if it contains ':'")
        case "control characters are not allowed":
            return ("the file contains a control character", "remove it; only printable text belongs in YAML")
        default:
            let words = context.map { "\(problem) (\($0))" } ?? problem
            return ("YAML syntax error: \(words)", nil)
        }
    }
}
