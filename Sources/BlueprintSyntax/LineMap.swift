import CBlueprintYAML
import BlueprintDiagnostics

/// Turns libyaml's marks into the lines and columns an editor shows. libyaml also counts
/// U+0085 (NEL), U+2028 and U+2029 as line breaks; YAML 1.2 and editors break lines only at
/// `\n`, `\r\n` and `\r`, so one such character in a quoted value would shift every later line.
struct LineMap {
    /// For each of libyaml's lines, where its first character is in editor terms; nil when the
    /// file has none of those characters, so both count alike (the common case, checked fast).
    private let starts: [SourcePosition]?

    init(_ bytes: [UInt8]) {
        guard Self.hasExtraBreaks(bytes) else {
            starts = nil
            return
        }
        var starts = [SourcePosition(line: 1, column: 1)]
        var line = 1, column = 1
        var scalars = String(decoding: bytes, as: UTF8.self).unicodeScalars[...]
        // libyaml skips a byte-order mark without counting it.
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? iterator.next() {
            pending = nil
            switch scalar {
            case "\r", "\n":
                if scalar == "\r", let next = iterator.next(), next != "\n" { pending = next }
                line += 1
                column = 1
                starts.append(SourcePosition(line: line, column: column))
            case "\u{85}", "\u{2028}", "\u{2029}":
                column += 1
                starts.append(SourcePosition(line: line, column: column))
            default:
                column += 1
            }
        }
        self.starts = starts
    }

    /// The position of a libyaml mark.
    func position(_ mark: yaml_mark_t) -> SourcePosition {
        position(line: Int(mark.line), column: Int(mark.column))
    }

    /// The position of libyaml's 0-based `line` and `column`.
    func position(line: Int, column: Int) -> SourcePosition {
        guard let starts, line < starts.count else { return SourcePosition(line: line + 1, column: column + 1) }
        let start = starts[line]
        return SourcePosition(line: start.line, column: start.column + column)
    }

    /// Whether the UTF-8 bytes hold U+0085 (C2 85), U+2028 or U+2029 (E2 80 A8/A9).
    private static func hasExtraBreaks(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while let found = bytes[index...].firstIndex(where: { $0 == 0xC2 || $0 == 0xE2 }) {
            if bytes[found] == 0xC2, found + 1 < bytes.count, bytes[found + 1] == 0x85 { return true }
            if bytes[found] == 0xE2, found + 2 < bytes.count, bytes[found + 1] == 0x80,
               bytes[found + 2] == 0xA8 || bytes[found + 2] == 0xA9 { return true }
            index = found + 1
        }
        return false
    }
}
