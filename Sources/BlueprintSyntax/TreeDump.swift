/// A readable dump of a tree with every node's range, for golden tests and debugging
/// (the swift-markdown habit): `mapping @1:1-3:1`, `scalar "kind" @1:1-1:5`.
extension Node {
    public func dump() -> String {
        var out = ""
        dump(into: &out, indent: 0)
        return out
    }

    private func dump(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent)
        let at = "@\(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column)"
        let tagText = tag.map { " !<\($0)>" } ?? ""
        switch value {
        case .scalar(let scalar):
            out += "\(pad)scalar \(YAMLText.doubleQuoted(scalar.text)) \(scalar.style) \(at)\(tagText)\n"
        case .sequence(let items):
            out += "\(pad)sequence \(at)\(tagText)\n"
            for item in items { item.dump(into: &out, indent: indent + 1) }
        case .mapping(let pairs):
            out += "\(pad)mapping \(at)\(tagText)\n"
            for pair in pairs {
                pair.key.dump(into: &out, indent: indent + 1)
                pair.value.dump(into: &out, indent: indent + 2)
            }
        }
    }
}

/// Writing YAML scalars safely, for tools that generate documents.
public enum YAMLText {
    /// `text` as a double-quoted YAML scalar that reads back as exactly `text`.
    public static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                // Control characters, the BOM and the non-printable line separators are escaped.
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFEFF
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || (0xD800...0xDFFF).contains(scalar.value)
                    || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\\u" + hex(scalar.value, width: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
