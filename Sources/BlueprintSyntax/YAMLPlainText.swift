extension YAMLText {
    /// `text` as a block-context YAML scalar that reads back as exactly the same text: plain
    /// when that is safe, so generated documents read like hand-written ones, double-quoted
    /// otherwise. Quoted are: empty text, text with spaces at either end, control characters or
    /// line breaks, a first character YAML gives a meaning to (`- ? : , [ ] { } # & * ! | > ' " % @` and
    /// a backtick), ": " or " #" inside, a final ':', and text another reader could take for a
    /// number, a date, a boolean or null (it starts with a digit, '+', '.' or '~', or is `yes`, `off` …).
    public static func scalar(_ text: String) -> String {
        isSafePlain(text) ? text : doubleQuoted(text)
    }

    /// Words YAML 1.1 readers take for booleans or null.
    private static let reserved: Set = ["null", "true", "false", "yes", "no", "on", "off", "y", "n"]

    private static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if " \t".unicodeScalars.contains(first) || " \t".unicodeScalars.contains(last) || last == ":" { return false }
        if "-?:,[]{}#&*!|>'\"%@`+.~0123456789".unicodeScalars.contains(first) { return false }
        if reserved.contains(text.lowercased()) { return false }
        if hasCommentOrValueIndicator(text) { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFEFF
              || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFFFE || scalar.value == 0xFFFF)
        }
    }

    /// Whether ": " or " #" occurs in `text`, scalar by scalar: as characters, a space that a
    /// combining mark follows is one character and `contains(": ")` would miss it, yet YAML
    /// reads ':' and a space all the same.
    static func hasCommentOrValueIndicator(_ text: String) -> Bool {
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if (previous == ":" && scalar == " ") || (previous == " " && scalar == "#") { return true }
            previous = scalar
        }
        return false
    }
}
