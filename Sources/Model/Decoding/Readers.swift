import Diagnostics
import Syntax

// Readers turn one value node into a typed value, reporting what is wrong with it. They all
// share the shape `(Node, what, Problems) -> T?` so `Fields.optional`/`required` take any.

/// Any scalar as text (numbers and dates are text too: `title: 2024` is fine).
func readText(_ node: Node, _ what: String, _ problems: Problems) -> Text? {
    guard let scalar = node.scalar, !scalar.isNull else {
        problems.wrongType(node, expected: "text", for: what,
                           help: node.mapping != nil ? "quote the text if it contains ': '" : nil)
        return nil
    }
    return Text(scalar.text, at: node.range)
}

/// An ID: letters, digits, `-`, `_` and `.`, starting with a letter or digit.
func readID(_ node: Node, _ what: String, _ problems: Problems) -> Identifier? {
    guard let text = readText(node, what, problems) else { return nil }
    guard IDSyntax.isValid(text.value) else {
        problems.error(SchemaRuleID.invalidValue, "'\(text.value)' is not a valid ID for \(what)",
                       at: node.range, help: "use letters, digits, '-', '_' and '.', e.g. '\(IDSyntax.suggestion(for: text.value))'")
        return nil
    }
    return text
}

/// The rules of ID spelling, shared by decoders and tools that make IDs.
public enum IDSyntax {
    /// Whether `id` is spelt as an ID may be.
    public static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, isAlphanumeric(first) else { return false }
        return id.unicodeScalars.allSatisfy(isIDCharacter)
    }

    /// Whether a character may stand in an ID: an ASCII letter or digit, '-', '_' or '.'.
    public static func isIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isAlphanumeric(scalar) || scalar == "-" || scalar == "_" || scalar == "."
    }

    /// A valid ID close to `text`: lower-cased, other characters turned into single dashes.
    public static func suggestion(for text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if isAlphanumeric(scalar) || scalar == "_" || scalar == "." {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "my-id" : result
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}

/// A whole number within `bounds`.
func readInteger(in bounds: ClosedRange<Int>) -> (Node, String, Problems) -> Located<Int>? {
    { node, what, problems in
        guard let scalar = node.scalar, let number = scalar.integer else {
            problems.wrongType(node, expected: "a whole number from \(bounds.lowerBound) to \(bounds.upperBound)", for: what)
            return nil
        }
        guard bounds.contains(number) else {
            problems.error(SchemaRuleID.invalidValue,
                           "\(number) is out of range for \(what): expected \(bounds.lowerBound) to \(bounds.upperBound)",
                           at: node.range, help: "use a number from \(bounds.lowerBound) to \(bounds.upperBound)")
            return nil
        }
        return Located(number, at: node.range)
    }
}

/// One of an enumeration's raw values, with did-you-mean.
func readChoice<E: RawRepresentable & CaseIterable & Sendable & Hashable>(_ type: E.Type) -> (Node, String, Problems) -> Located<E>?
where E.RawValue == String {
    { node, what, problems in
        guard let text = readText(node, what, problems) else { return nil }
        if let value = E(rawValue: text.value) ?? E(rawValue: text.value.lowercased()) {
            return Located(value, at: node.range)
        }
        let choices = E.allCases.map(\.rawValue)
        problems.error(SchemaRuleID.invalidValue, "'\(text.value)' is not a valid value for \(what)",
                       at: node.range,
                       help: Suggestion.didYouMean(text.value, in: choices)
                           ?? "use one of: \(choices.joined(separator: ", "))")
        return nil
    }
}

/// A list whose items are read by `item`; an item that fails is skipped after reporting.
func readList<T>(_ item: @escaping (Node, String, Problems) -> T?) -> (Node, String, Problems) -> [T]? {
    { node, what, problems in
        guard let items = node.sequence else {
            let help = node.scalar.map { "write a list, e.g. [\($0.text)]" }
            problems.wrongType(node, expected: "a list", for: what, help: help)
            return nil
        }
        return items.compactMap { item($0, "an item of \(what)", problems) }
    }
}

/// A mapping of text keys to text values, in source order (e.g. persona attributes).
func readTextMap(_ node: Node, _ what: String, _ problems: Problems) -> [TextPair]? {
    guard let pairs = node.mapping else {
        problems.wrongType(node, expected: "a mapping of names to text", for: what)
        return nil
    }
    return pairs.compactMap { pair in
        guard let key = readText(pair.key, "a name in \(what)", problems),
              let value = readText(pair.value, "'\(key.value)'", problems) else { return nil }
        return TextPair(name: key, value: value)
    }
}

/// A named piece of text, such as a persona attribute (`age band: 65+`).
public struct TextPair: Sendable, Hashable {
    public var name: Text
    public var value: Text
}
