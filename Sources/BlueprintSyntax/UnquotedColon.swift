import BlueprintDiagnostics

/// A ': ' inside a plain value on one line (`text: Note: collected nightly`, or
/// `{id: a, text: Note: b}`): the key whose value it is, and that value quoted, for the fix.
/// Nil when the colon is not in a value written after a key on its own line, as when a line is
/// indented under a value by mistake (then the indentation is the problem, not the quoting).
struct UnquotedColon {
    var key: String
    var quotedValue: String

    init?(at position: SourcePosition, in bytes: [UInt8]) {
        guard let line = Self.line(position.line, of: bytes) else { return nil }
        let scalars = Array(line.unicodeScalars)
        let colon = position.column - 1
        guard colon >= 0, colon < scalars.count, scalars[colon] == ":" else { return nil }
        // The key's own colon: the last ': ' before this one, after the last flow ',' '{' or '-'.
        var keyColon: Int?
        var index = colon - 1
        while index > 0 {
            let scalar = scalars[index]
            if scalar == "," || scalar == "{" || scalar == "[" || scalar == "\"" || scalar == "'" || scalar == "#" { break }
            if scalar == ":" && scalars[index + 1] == " " { keyColon = index }
            index -= 1
        }
        guard let keyColon else { return nil }
        var keyStart = keyColon
        while keyStart > 0, !" \t{,".unicodeScalars.contains(scalars[keyStart - 1]) { keyStart -= 1 }
        let key = String(String.UnicodeScalarView(scalars[keyStart..<keyColon]))
        guard !key.isEmpty else { return nil }
        // The value runs to the end of the line, or to the flow mapping's next ',' or '}'.
        let flow = scalars[..<keyStart].contains("{")
        var end = keyColon + 2
        while end < scalars.count {
            let scalar = scalars[end]
            if flow && (scalar == "," || scalar == "}") { break }
            if scalar == "#" && scalars[end - 1] == " " { break }
            end += 1
        }
        var value = String(String.UnicodeScalarView(scalars[(keyColon + 2)..<end]))
        while value.last == " " || value.last == "\t" { value.removeLast() }
        while value.first == " " { value.removeFirst() }
        guard !value.isEmpty else { return nil }
        self.key = key
        quotedValue = "\"" + value.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    }

    /// The text of a 1-based line, ends as `LineMap` counts them (\n, \r\n, \r).
    static func line(_ number: Int, of bytes: [UInt8]) -> String? {
        var current = 1, start = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                if current == number { return String(decoding: bytes[start..<index], as: UTF8.self) }
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                current += 1
                start = index + 1
            }
            index += 1
        }
        return current == number ? String(decoding: bytes[start...], as: UTF8.self) : nil
    }
}

private extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
