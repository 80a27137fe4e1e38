/// The IDs a file's text spells after an `id:` key, read from the raw bytes without parsing:
/// what a file that does not parse would have defined. The checker uses them to fold the
/// cascade of unknown references such a file causes in others into one note.
public enum SpelledIDs {
    /// Every value written after `id:` (not `xid:`), past spaces and an opening quote, as far
    /// as ID characters go.
    public static func scan(_ bytes: [UInt8]) -> Set<String> {
        var ids: Set<String> = []
        var index = 0
        while index + 3 <= bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "i"), bytes[index + 1] == UInt8(ascii: "d"), bytes[index + 2] == UInt8(ascii: ":"),
                  index == 0 || !isIDByte(bytes[index - 1]) else { continue }
            var start = index + 3
            while start < bytes.count, [UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "'")].contains(bytes[start]) { start += 1 }
            var end = start
            while end < bytes.count, isIDByte(bytes[end]) { end += 1 }
            if end > start { ids.insert(String(decoding: bytes[start..<end], as: UTF8.self)) }
        }
        return ids
    }

    /// A byte that may stand in an ID: an ASCII letter or digit, '-', '_' or '.' (as
    /// `IDSyntax.isIDCharacter` in Model, which this module cannot see).
    static func isIDByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."): true
        default: false
        }
    }
}
