import BlueprintDiagnostics
import BlueprintSyntax

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

/// An ID: letters, digits, `-`, `_` and `.`, starting with a letter or digit, at most
/// `IDSyntax.maxLength` characters.
func readID(_ node: Node, _ what: String, _ problems: Problems) -> Identifier? {
    guard let text = readText(node, what, problems) else { return nil }
    // Said apart from bad spelling: the fix is different, and a shortened ID is its suggestion.
    if text.value.unicodeScalars.count > IDSyntax.maxLength {
        problems.error(SchemaRuleID.invalidValue,
                       "this ID is \(text.value.unicodeScalars.count) characters long; an ID may have at most \(IDSyntax.maxLength) characters",
                       at: node.range, help: "use a shorter ID, e.g. '\(IDSyntax.suggestion(for: text.value))'")
        return nil
    }
    // What messages call a step written without an ID: it can be pointed at only by an ID of its own.
    if Step.isDerivedID(text.value), IDSyntax.isValid(String(text.value.map { $0 == "#" ? "-" : $0 })) {
        problems.error(SchemaRuleID.invalidValue, "'\(text.value)' names a step that has no ID of its own, and cannot be pointed at",
                       at: node.range, help: "give step '\(text.value)' an 'id: …' and write that ID here")
        return nil
    }
    guard IDSyntax.isValid(text.value) else {
        problems.error(SchemaRuleID.invalidValue, "'\(text.value)' is not a valid ID for \(what)",
                       at: node.range, help: "use letters, digits, '-', '_' and '.', e.g. '\(IDSyntax.suggestion(for: text.value))'")
        return nil
    }
    return text
}

/// A reference to an ID: a plain ID, or `blueprint/id` for the element of that blueprint (a
/// future state's step that reuses a current state's ID; `SymbolTable.refer`).
func readReference(_ node: Node, _ what: String, _ problems: Problems) -> Identifier? {
    guard let text = node.scalar?.text, let (blueprint, id) = SymbolTable.qualified(text) else {
        return readID(node, what, problems)
    }
    guard IDSyntax.isValid(blueprint), IDSyntax.isValid(id) else {
        problems.error(SchemaRuleID.invalidValue, "'\(text)' is not a valid reference for \(what)", at: node.range,
                       help: "write an ID, or 'blueprint-id/id' for the element of one blueprint, e.g. '\(IDSyntax.suggestion(for: blueprint))/\(IDSyntax.suggestion(for: id))'")
        return nil
    }
    return Text(text, at: node.range)
}

/// The rules of ID spelling, shared by decoders and tools that make IDs.
public enum IDSyntax {
    /// The longest ID, in characters. IDs become file names (the report's pages), and file
    /// systems allow 255 bytes a name; 100 leaves room for the suffixes the report adds.
    public static let maxLength = 100

    /// Whether `id` is spelt as an ID may be.
    public static func isValid(_ id: String) -> Bool {
        guard id.unicodeScalars.count <= maxLength else { return false }
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
        if result.unicodeScalars.count > maxLength { result = String(result.unicodeScalars.prefix(maxLength)) }
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
        // One description for every item: it is read only in messages, and built per item it
        // was an allocation for each step of a large workspace.
        let itemWhat = "an item of \(what)"
        // Reserved at the list's size: `compactMap` grows by doubling, and the model keeps the
        // spare capacity (up to half of every list of steps) for the whole run.
        var read: [T] = []
        read.reserveCapacity(items.count)
        for node in items {
            if let value = item(node, itemWhat, problems) { read.append(value) }
        }
        return read
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

/// A calendar date as ISO 8601 writes it: `2024-03-04`, or `2024-03` or `2024` when only the
/// month or year is known. Kept as text (the model shows it as written), but a day that does
/// not exist, such as `2022-02-30`, is an error.
func readDate(_ node: Node, _ what: String, _ problems: Problems) -> Text? {
    guard let text = readText(node, what, problems) else { return nil }
    guard CalendarDate(text.value) != nil else {
        let help = CalendarDate.looksLikeDate(text.value)
            ? "that day does not exist; check the month and day"
            : "write the date as YYYY-MM-DD, e.g. 2024-03-04 (or YYYY-MM, or YYYY)"
        problems.error(SchemaRuleID.invalidValue, "'\(text.value)' is not a valid date for \(what)", at: node.range, help: help)
        return nil
    }
    return text
}

/// A date of `readDate`, for comparing a start with an end.
struct CalendarDate {
    var year: Int
    var month: Int?
    var day: Int?

    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count),
              zip(parts, widths).allSatisfy({ $0.count == $1 && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        year = Int(parts[0])!
        month = parts.count > 1 ? Int(parts[1])! : nil
        day = parts.count > 2 ? Int(parts[2])! : nil
        if let month, !(1...12).contains(month) { return nil }
        if let day, let month, !(1...Self.days(in: month, of: year)).contains(day) { return nil }
    }

    /// Digits in the shape YYYY-MM-DD, valid or not.
    static func looksLikeDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return (2...3).contains(parts.count) && zip(parts, [4, 2, 2]).allSatisfy { $0.count == $1 && $0.allSatisfy(\.isASCIIDigit) }
    }

    static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The first and last day it may stand for, as comparable numbers (YYYYMMDD).
    var earliest: Int { year * 10_000 + (month ?? 1) * 100 + (day ?? 1) }
    var latest: Int {
        let month = month ?? 12
        return year * 10_000 + month * 100 + (day ?? Self.days(in: month, of: year))
    }
}

/// Reports an end before its start (at the end, with a note at the start).
func checkOrder(start: Text?, end: Text?, of what: String, _ problems: Problems) {
    guard let start, let end, let from = CalendarDate(start.value), let to = CalendarDate(end.value),
          from.earliest > to.latest else { return }
    problems.error(SchemaRuleID.invalidValue, "this \(what) ends (\(end.value)) before it starts (\(start.value))",
                   at: end.range, notes: [.init("it starts here", at: start.range)],
                   help: "swap 'start' and 'end', or correct one of them")
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
