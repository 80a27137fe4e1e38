import BlueprintDiagnostics

/// Writes `Node` trees back as YAML: block style with two-space indents, deterministic, and
/// every scalar written so that `YAMLParser` reads back the same text and the same type. The
/// inverse of the parser for what the model reads (comments, anchors and the original layout
/// are not kept: aliases were already expanded).
///
/// Scalars: a plain scalar stays plain when its text allows (so `3` stays a number and
/// `2022-02-24` stays as written); quoted text loses its quotes only when nothing could read it
/// as a number, a boolean or null; multi-line text becomes a literal block (`|`) when that reads
/// back exactly; everything else is double-quoted with escapes. Short
/// lists of plain scalars are written in flow style (`[a, b]`), as people write them.
public enum YAMLWriter {
    /// One or more documents as a file: `---` between them, comment lines first if given.
    public static func file(_ roots: [Node], comment: [String] = []) -> String {
        var out = comment.map { "# \($0)".trimmingTrailingSpaces + "\n" }.joined()
        for (index, root) in roots.enumerated() {
            if index > 0 { out += "---\n" }
            out += document(root)
        }
        return out
    }

    /// One document's text.
    public static func document(_ root: Node) -> String {
        var lines: [String] = []
        let tag = root.tag.map(written(tag:))
        switch root.value {
        case .mapping(let pairs) where !pairs.isEmpty:
            if let tag { lines.append(tag) }
            mapping(pairs, indent: 0, into: &lines)
        case .sequence(let items) where !items.isEmpty:
            if let tag { lines.append(tag) }
            sequence(items, indent: 0, into: &lines)
        default:
            lines = inline(root, indent: 0)
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// A scalar node for generated documents: plain when that reads back as the same text,
    /// double-quoted otherwise (so an ID such as `null` or `1e3` stays text).
    public static func text(_ text: String, at range: SourceRange) -> Node {
        Node(.scalar(Scalar(text, style: isSafePlain(text, inFlow: false) && !looksTyped(text) ? .plain : .doubleQuoted)), range: range)
    }

    // MARK: - Collections

    private static func mapping(_ pairs: [Pair], indent: Int, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        for pair in pairs {
            if let key = simpleKey(pair.key) {
                attach(pair.value, after: pad + key + ":", indent: indent, into: &lines)
            } else {
                // A key that cannot be written on one line: the explicit `? key` / `: value` form.
                attach(pair.key, after: pad + "?", indent: indent, into: &lines, nestedUnderDash: true)
                attach(pair.value, after: pad + ":", indent: indent, into: &lines, nestedUnderDash: true)
            }
        }
    }

    private static func sequence(_ items: [Node], indent: Int, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        for item in items {
            attach(item, after: pad + "-", indent: indent, into: &lines, nestedUnderDash: true)
        }
    }

    /// Writes `node` after `lead` ("key:", "-", "?" or ":"): on the same line when it fits there,
    /// else as a block below. Under a dash, a block collection starts on the dash's line.
    private static func attach(_ node: Node, after lead: String, indent: Int, into lines: inout [String], nestedUnderDash: Bool = false) {
        let tag = node.tag.map { " " + written(tag: $0) } ?? ""
        var nested: [String] = []
        switch node.value {
        case .mapping(let pairs) where !pairs.isEmpty:
            mapping(pairs, indent: indent + 2, into: &nested)
        case .sequence(let items) where !items.isEmpty:
            if let flowText = flow(items, room: 100 - lead.count - tag.count) {
                lines.append(lead + tag + " " + flowText)
                return
            }
            // A block list under a key may start at the key's own indent; two more reads better.
            sequence(items, indent: indent + 2, into: &nested)
        default:
            let text = inline(node, indent: indent + 2)
            lines.append(text[0].isEmpty ? lead : lead + " " + text[0])
            lines += text.dropFirst()
            return
        }
        if nestedUnderDash && tag.isEmpty {
            // "- key: value" / "- - item": the first nested line moves up beside the indicator.
            let first = nested.removeFirst()
            lines.append(lead + " " + first.dropFirst(indent + 2))
        } else {
            lines.append(lead + tag)
        }
        lines += nested
    }

    /// `[a, b, c]` when every item is a plain scalar that is safe in flow context and the line
    /// fits in `room` characters; nil otherwise.
    private static func flow(_ items: [Node], room: Int) -> String? {
        var parts: [String] = []
        for item in items {
            guard item.tag == nil, let scalar = item.scalar, scalar.style == .plain, !scalar.isNull,
                  isSafePlain(scalar.text, inFlow: true) else { return nil }
            parts.append(scalar.text)
        }
        let text = "[" + parts.joined(separator: ", ") + "]"
        return text.count <= room ? text : nil
    }

    // MARK: - Scalars

    /// A scalar key on one line, if it can be written as a simple key.
    private static func simpleKey(_ key: Node) -> String? {
        guard key.scalar != nil else { return nil }
        let lines = inline(key, indent: 0)
        // libyaml allows simple keys of up to 1024 characters.
        guard lines.count == 1, lines[0].utf8.count < 1000, !lines[0].hasPrefix("?") else { return nil }
        return lines[0]
    }

    /// A scalar or an empty collection (`[]`, `{}`) written inline: one line, or a literal
    /// block's lines. Collections with content are written by `attach`, which never sends them here.
    private static func inline(_ node: Node, indent: Int) -> [String] {
        let tag = node.tag.map { written(tag: $0) + " " } ?? ""
        guard let scalar = node.scalar else {
            return [tag + (node.mapping != nil ? "{}" : "[]")]
        }
        if scalar.style == .plain, scalar.isNull { return [(tag + scalar.text).trimmingTrailingSpaces] }
        // Quoted text may lose its quotes when nothing could read it as a number, a boolean or null.
        if isSafePlain(scalar.text, inFlow: false), scalar.style == .plain || !looksTyped(scalar.text) { return [tag + scalar.text] }
        if let block = literal(scalar.text, indent: indent) { return [tag + block[0]] + block.dropFirst() }
        return [tag + YAMLText.doubleQuoted(scalar.text)]
    }

    /// A literal block (`|`, `|-` or `|+` by the trailing line breaks) when the text reads back
    /// exactly that way: more than one line, the first not starting with a space, and only
    /// characters a block scalar may hold.
    private static func literal(_ text: String, indent: Int) -> [String]? {
        guard text.contains("\n") else { return nil }
        var core = Substring(text)
        var trailing = 0
        while core.hasSuffix("\n") { core.removeLast(); trailing += 1 }
        let lines = core.split(separator: "\n", omittingEmptySubsequences: false)
        // The first line sets the block's indentation, so it must start with text; a line of
        // spaces only would read back as an empty line.
        guard let first = lines.first?.unicodeScalars.first, first != " ", first != "\t",
              lines.allSatisfy({ $0.isEmpty || $0.contains { $0 != " " } }),
              core.unicodeScalars.allSatisfy({ $0 == "\n" || $0 == "\t" || isPrintable($0) }) else { return nil }
        let pad = String(repeating: " ", count: max(indent, 2))
        let indicator = trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+"
        let body = lines.map { $0.isEmpty ? "" : pad + $0 }
        return [indicator] + body + Array(repeating: "", count: max(0, trailing - 1))
    }

    /// Whether `text` may be written as a plain scalar and read back as the same text. In flow
    /// context (`[a, b]`) the flow indicators are off limits too, and so is `:` (older libyaml
    /// rejects `a:b` there).
    static func isSafePlain(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              first != " ", last != " ", last != ":" else { return false }
        // "-5" and "-x" are plain; "- x" is a list item.
        let second = text.unicodeScalars.dropFirst().first
        let dashLike = (first == "-" || first == "?") && second != nil && second != " "
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first), !dashLike { return false }
        if text.hasPrefix("---") || text.hasPrefix("...") { return false }
        if YAMLText.hasCommentOrValueIndicator(text) { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar != "\t" && scalar != "\u{A0}" && isPrintable(scalar) && !(inFlow && ",[]{}:".unicodeScalars.contains(scalar))
        }
    }

    /// Whether plain `text` would be read as something other than text by a YAML 1.1 or 1.2
    /// reader: null (also the empty text), a boolean, a number.
    static func looksTyped(_ text: String) -> Bool {
        let words: Set<String> = ["~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"]
        if words.contains(text.lowercased()) { return true }
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return true }
        func isDigit(_ index: Int) -> Bool { index < scalars.count && ("0"..."9").contains(scalars[index]) }
        if isDigit(0) { return true }
        if ["+", "-", "."].contains(scalars[0]) { return isDigit(1) || text.lowercased().hasSuffix("inf") || text.lowercased().hasSuffix("nan") }
        return false
    }

    /// Characters YAML allows unescaped (its printable set), less the line-break characters of
    /// YAML 1.1 and the byte-order mark.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E: true
        case 0xA0...0xD7FF: scalar.value != 0x2028 && scalar.value != 0x2029
        case 0xE000...0xFFFD: scalar.value != 0xFEFF
        case 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// A resolved tag as written: `!!str` for the YAML core tags, `!<…>` for other URIs.
    private static func written(tag: String) -> String {
        let core = "tag:yaml.org,2002:"
        if tag.hasPrefix(core) { return "!!" + tag.dropFirst(core.count) }
        if tag.hasPrefix("!") { return tag }
        return "!<" + tag + ">"
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
