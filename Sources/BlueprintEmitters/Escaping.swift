/// Escaping for everything that reaches DOT, HTML or SVG: labels are user text.
public enum Escape {
    /// Text for an HTML-like label or an HTML page: `& < > " '` as entities, control
    /// characters dropped (Graphviz and browsers reject them).
    public static func html(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n", "\t": result += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Text for XML content or a double-quoted attribute: `& < > "` as entities, line breaks
    /// and tabs as character references (so attributes keep them), and the characters XML 1.0
    /// forbids (other control characters, U+FFFE, U+FFFF) dropped.
    public static func xml(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case "\t": result += "&#9;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Text for a Graphviz HTML-like label or one of its attributes (`TOOLTIP`): `html(_:)`, with
    /// every backslash doubled. Graphviz expands `\G`, `\N`, `\E`, `\T`, `\H` and `\L` there
    /// (to the graph's, node's or edge's name or label), also when the backslash is written as
    /// `&#92;`, and reads `\\` as one backslash; so doubling is the one way user text is drawn as
    /// written. Not for HTML pages: a browser would show both backslashes.
    public static func dotHTML(_ text: String) -> String {
        var result = ""
        for scalar in html(text).unicodeScalars {
            if scalar == "\\" { result += "\\" }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// Text inside a double-quoted DOT string, for a node's name or a plain `label`: quotes and
    /// backslashes escaped, so `\G`, `\N`, `\l` … in user text are drawn literally (Graphviz
    /// reads `\\` in a label as one backslash). Not for `tooltip`, `URL` or `id`, which
    /// Graphviz unescapes once more before it expands `\G`; no emitter writes user text there.
    public static func dotString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

/// Greedy word wrap to lines of at most `width` characters (longer words are split), so
/// labels have a predictable width without asking Graphviz for font metrics.
func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
        var word = Substring(word)
        while word.count > width {
            if !line.isEmpty { lines.append(line); line = "" }
            lines.append(String(word.prefix(width)))
            word = word.dropFirst(width)
        }
        if line.isEmpty {
            line = String(word)
        } else if line.count + 1 + word.count <= width {
            line += " " + word
        } else {
            lines.append(line)
            line = String(word)
        }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
}

extension Escape {
    /// Text on one line: runs of whitespace that hold a line break or tab become one space, ends
    /// trimmed; with a `limit`, text longer than `limit` characters is cut at a word boundary and
    /// ends with "…". For titles, table cells and line-based formats (Gherkin steps, CSV summaries).
    public static func singleLine(_ text: String, limit: Int? = nil) -> String {
        var line = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !line.isEmpty
            } else {
                if pendingSpace { line.append(" ") }
                pendingSpace = false
                line.append(character)
            }
        }
        guard let limit, line.count > limit, limit > 1 else { return line }
        let cut = line.prefix(limit - 1)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(atWord.isEmpty ? cut : atWord).trimmingTrailingPunctuationSpace + "…"
    }

    /// Inline Markdown (CommonMark, GitHub): on one line, with every character that could start
    /// emphasis, code, a link, HTML, a table cell or an entity backslash-escaped, and a line
    /// start that could open a heading, list or quote escaped too, so user text shows as written.
    public static func markdown(_ text: String) -> String {
        var result = ""
        for character in singleLine(text) {
            if "\\`*_{}[]<>|~&#".contains(character) { result.append("\\") }
            result.append(character)
        }
        // "- x", "+ x", "= x", "1. x", "1) x" at the start of a paragraph or list item.
        if let first = result.first, "-+=".contains(first) { return "\\" + result }
        let digits = result.prefix(while: \.isNumber)
        if !digits.isEmpty, let next = result.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + result.dropFirst(digits.count)
        }
        return result
    }

    /// Inline Jira wiki markup (the CSV importer's Description): on one line, with every
    /// character that starts a text effect, link, table, image, macro or list backslash-escaped.
    /// A hyphen inside a word ("up-to-date", IDs) is left alone: only one at a word's edge can
    /// strike text through. A backslash itself becomes an entity: two would be a line break.
    public static func jiraWiki(_ text: String) -> String {
        let characters = Array(singleLine(text))
        var result = ""
        for (index, character) in characters.enumerated() {
            if character == "\\" {
                result += "&#92;"
                continue
            }
            let insideWord = index > 0 && index + 1 < characters.count
                && characters[index - 1].isLetterOrDigit && characters[index + 1].isLetterOrDigit
            if "*_?+^~{}[]|!#".contains(character) || (character == "-" && !insideWord) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

extension Character {
    var isLetterOrDigit: Bool { isLetter || isNumber }
}

extension StringProtocol {
    /// Without trailing spaces, commas and similar, so "…" follows a word ("bins, …" → "bins…").
    var trimmingTrailingPunctuationSpace: String {
        var text = String(self)
        while let last = text.last, last == " " || last == "," || last == ";" || last == ":" { text.removeLast() }
        return text
    }
}
