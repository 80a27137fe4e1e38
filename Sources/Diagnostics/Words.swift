/// "a" or "an" before a word, for messages that name a thing ("an insight", "a step").
public func article(_ word: String) -> String {
    guard let first = word.first?.lowercased() else { return "a" }
    return "aeiou".contains(first) ? "an" : "a"
}
