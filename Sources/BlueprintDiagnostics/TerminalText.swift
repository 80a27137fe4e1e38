/// Text made safe for a terminal: user text that reaches one could otherwise move the cursor,
/// erase lines, retitle the window, write the clipboard (OSC 52) or reorder what is shown
/// (bidi overrides). Every character that can do that is shown visibly as `\u{1B}`, so what is
/// printed is what the file says. One implementation, used by the text reporter and by the one
/// function the command line writes text with (docs/OUTPUT-SAFETY.md).
public enum TerminalText {
    /// `text` with every C0 control (but line feed and tab when `keepingLineBreaks`), DEL, C1
    /// control (U+0080–U+009F) and bidi embedding, override and isolate (U+202A–U+202E,
    /// U+2066–U+2069) written as `\u{…}`. Idempotent: the escaped form is plain ASCII.
    public static func safe(_ text: String, keepingLineBreaks: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0, keepingLineBreaks: keepingLineBreaks) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar, keepingLineBreaks: keepingLineBreaks) {
                result += visible(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether a terminal could act on `scalar` rather than show it.
    public static func isUnsafe(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool = true) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: !keepingLineBreaks
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `\u{1B}`: Swift's spelling, upper-case hex, no padding.
    public static func visible(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
}
