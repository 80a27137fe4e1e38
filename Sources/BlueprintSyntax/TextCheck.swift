import BlueprintDiagnostics

/// Checks that bytes are UTF-8 text before libyaml sees them, so a binary file or a stray
/// Latin-1 byte gets a located, plain-words error instead of a scanner message.
enum TextCheck {
    static func problem(in bytes: [UInt8], file: String) -> Diagnostic? {
        // The common case, checked fast by the standard library: valid UTF-8 without NUL bytes.
        if !bytes.contains(0), String(validating: bytes, as: UTF8.self) != nil,
           !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]) {
            return nil
        }
        // UTF-32 first: its little-endian mark, FF FE 00 00, starts like UTF-16's.
        if let encoding = wideEncoding(of: bytes) {
            return Diagnostic(
                ruleID: SyntaxRuleID.encoding, severity: .error,
                message: "file is \(encoding) encoded; workspace files must be UTF-8",
                at: SourceRange(file: file, at: SourcePosition(line: 1, column: 1)),
                help: "save the file as UTF-8 in your editor")
        }
        // A NUL byte anywhere means a binary file (an image or spreadsheet saved as .yaml):
        // say so, rather than pointing at whichever odd byte comes first.
        if bytes.contains(0) {
            return Diagnostic(
                ruleID: SyntaxRuleID.encoding, severity: .error,
                message: "file is not text (it contains NUL bytes); is it a binary file?",
                at: SourceRange(file: file, at: SourcePosition(line: 1, column: 1)),
                help: "only YAML text files belong in a workspace; move binary files elsewhere")
        }
        var line = 1, column = 1, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let here = SourcePosition(line: line, column: column)
            let length = sequenceLength(bytes, at: index)
            guard length > 0 else {
                let hex = String(byte, radix: 16, uppercase: true)
                return Diagnostic(
                    ruleID: SyntaxRuleID.encoding, severity: .error,
                    message: "invalid UTF-8 (byte 0x\(hex)); the file is not UTF-8 text",
                    at: SourceRange(file: file, at: here),
                    help: "re-save the file as UTF-8; it may have been written as Latin-1 or Windows-1252")
            }
            // Lines end at "\n", "\r\n" or "\r", as YAML and editors count them.
            if byte == 0x0A || (byte == 0x0D && bytes.get(index + 1) != 0x0A) {
                line += 1
                column = 1
            } else if byte == 0x0D {
                // The "\r" of "\r\n": the "\n" ends the line.
            } else {
                column += 1
            }
            index += length
        }
        return nil
    }

    /// "UTF-32" or "UTF-16" when the bytes are one of them: by byte-order mark, or (without
    /// one) by the NUL bytes that ASCII text takes in them at the start.
    private static func wideEncoding(of bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4))
        if head == [0xFF, 0xFE, 0, 0] || head == [0, 0, 0xFE, 0xFF] { return "UTF-32" }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        guard head.count == 4 else { return nil }
        if head[0] != 0 && head[1] == 0 && head[2] == 0 && head[3] == 0 { return "UTF-32" }
        if head[0] == 0 && head[1] == 0 && head[2] == 0 && head[3] != 0 { return "UTF-32" }
        if head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0 { return "UTF-16" }
        if head[0] == 0 && head[1] != 0 && head[2] == 0 && head[3] != 0 { return "UTF-16" }
        return nil
    }

    /// The length of the well-formed UTF-8 sequence at `index`, or 0 if it is malformed
    /// (overlong forms, surrogates and values past U+10FFFF included).
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let length: Int, lower: UInt8, upper: UInt8
        switch lead {
        case 0xC2...0xDF: (length, lower, upper) = (2, 0x80, 0xBF)
        case 0xE0: (length, lower, upper) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, lower, upper) = (3, 0x80, 0xBF)
        case 0xED: (length, lower, upper) = (3, 0x80, 0x9F)
        case 0xF0: (length, lower, upper) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, lower, upper) = (4, 0x80, 0xBF)
        case 0xF4: (length, lower, upper) = (4, 0x80, 0x8F)
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        guard (lower...upper).contains(bytes[index + 1]) else { return 0 }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return 0 }
        return length
    }
}

private extension Array where Element == UInt8 {
    func get(_ index: Int) -> UInt8? { index < count ? self[index] : nil }
}
