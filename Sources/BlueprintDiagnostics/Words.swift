/// "a" or "an" before a word, for messages that name a thing ("an insight", "a step").
public func article(_ word: String) -> String {
    guard let first = word.first?.lowercased() else { return "a" }
    return "aeiou".contains(first) ? "an" : "a"
}

/// "a, b or c": a list of alternatives in words.
public func alternatives(_ words: [String]) -> String {
    guard words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + " or " + words.last!
}

/// "1 step", "3 steps", "2 studies": a count and its noun, singular for exactly one. The plural
/// adds "s" ("y" after a consonant becomes "ies") unless it is given.
public func counted(_ count: Int, _ singular: String, plural: String? = nil) -> String {
    guard count != 1 else { return "\(count) \(singular)" }
    if let plural { return "\(count) \(plural)" }
    if singular.hasSuffix("y"), let before = singular.dropLast().last, !"aeiou".contains(before) {
        return "\(count) \(singular.dropLast())ies"
    }
    return "\(count) \(singular)s"
}

/// "a, b and c": every one of a list, in words.
public func conjunction(_ words: [String]) -> String {
    guard words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + " and " + words.last!
}
