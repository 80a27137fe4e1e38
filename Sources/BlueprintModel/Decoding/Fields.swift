import BlueprintDiagnostics
import BlueprintSyntax

/// Reads the keys of one YAML mapping. The keys it accepts are those `Schema` declares for the
/// mapping, so `finish()` reports any other key as unknown, with a did-you-mean.
///
/// An unknown key whose did-you-mean is a declared key the mapping lacks (`stpes:` for
/// `steps:`) is read as that key, after its error: otherwise the one typo would also leave the
/// stage without steps and every reference to them unknown. A value that cannot be read, and
/// a mapping that lacks a required key, give their IDs to `Problems.dropping`, for the same reason.
struct Fields {
    let node: Node
    /// What the mapping is, in the user's words ("step", "pain point"): its `Schema` object name.
    let what: String
    private let problems: Problems
    /// The mapping's pairs, in source order. Mappings hold a handful of keys, so scanning the
    /// pairs beats building a dictionary (or even an array of keys) for each of the millions a
    /// large workspace has.
    private let pairs: [Pair]
    private let known: [String]
    /// The pairs whose key the schema does not declare, each with the declared key it stands
    /// in for, if any. Empty for almost every mapping, so looking a key up stays a scan of `pairs`.
    private let strays: [(index: Int, standsFor: String?)]

    /// Nil (after reporting) when `node` is not a mapping.
    init?(_ node: Node, what: String, problems: Problems) {
        guard let pairs = node.mapping else {
            problems.wrongType(node, expected: "a mapping of keys and values", for: "a \(what)")
            return nil
        }
        self.node = node
        self.what = what
        self.problems = problems
        let schema = Schema.object(what)
        assert(schema != nil, "no schema for '\(what)'")
        known = schema?.keys ?? []
        self.pairs = pairs
        var strays: [(index: Int, standsFor: String?)] = []
        for (index, pair) in pairs.enumerated() {
            guard case .scalar(let scalar) = pair.key.value else {
                problems.wrongType(pair.key, expected: "a plain key", for: "a key of this \(what)")
                continue
            }
            if !known.contains(scalar.text) { strays.append((index, nil)) }
        }
        let written = strays.isEmpty ? [] : Set(pairs.compactMap { $0.key.scalar?.text })
        var claimed: Set<String> = []
        for (offset, stray) in strays.enumerated() {
            guard let key = pairs[stray.index].key.scalar?.text,
                  let intended = Suggestion.closest(to: key, in: known),
                  !written.contains(intended), claimed.insert(intended).inserted else { continue }
            strays[offset].standsFor = intended
        }
        self.strays = strays
    }

    /// The value node of `key`, if present and not null.
    func node(_ key: String) -> Node? {
        assert(known.contains(key), "the schema of '\(what)' does not declare '\(key)'")
        guard let index = index(of: key) ?? standIn(for: key) else { return nil }
        let value = pairs[index].value
        if value.scalar?.isNull == true, value.tag == nil { return nil }
        return value
    }

    /// Reads an optional key with `read`, which reports its own type problems.
    func optional<T>(_ key: String, _ read: (Node, String, Problems) -> T?) -> T? {
        guard let value = node(key) else { return nil }
        return reading(value, key, read)
    }

    /// Reads a key that must be present, reporting its absence at the mapping.
    func required<T>(_ key: String, _ read: (Node, String, Problems) -> T?) -> T? {
        guard let value = node(key) else {
            problems.dropping(node)
            // A typo'd key standing in for this one is reported once, as unknown.
            if standIn(for: key) != nil { return nil }
            if let empty = index(of: key).map({ pairs[$0] }) {
                problems.error(SchemaRuleID.missingKey, "'\(key)' of this \(what) has no value",
                               at: empty.key.range, help: "write a value after '\(key):'")
            } else {
                problems.error(SchemaRuleID.missingKey, "\(article(what)) \(what) needs '\(key)'",
                               at: headRange, help: "add '\(key): …' to this \(what)")
            }
            return nil
        }
        guard let result = read(value, "'\(key)'", problems) else {
            problems.dropping(node)
            return nil
        }
        return result
    }

    /// `read` of a present value; the IDs of a value it rejects are known all the same.
    private func reading<T>(_ value: Node, _ key: String, _ read: (Node, String, Problems) -> T?) -> T? {
        let result = read(value, "'\(key)'", problems)
        if result == nil { problems.dropping(value) }
        return result
    }

    /// The unknown key read as `key`, if one stands in for it.
    private func standIn(for key: String) -> Int? {
        strays.isEmpty ? nil : strays.first { $0.standsFor == key }?.index
    }

    /// Where the pair of `key` is (duplicate keys were already dropped by the parser).
    private func index(of key: String) -> Int? {
        pairs.firstIndex { pair in
            if case .scalar(let scalar) = pair.key.value { scalar.text == key } else { false }
        }
    }

    /// Reports every key the schema does not declare. Call once per mapping.
    func finish() {
        for stray in strays {
            let pair = pairs[stray.index]
            guard let key = pair.key.scalar?.text else { continue }
            let hint = Suggestion.didYouMean(key, in: known)
                ?? "the keys of \(article(what)) \(what) are: \(known.map { "'\($0)'" }.joined(separator: ", "))"
            problems.error(SchemaRuleID.unknownKey, "unknown key '\(key)' in \(article(what)) \(what)",
                           at: pair.key.range, help: hint)
        }
    }

    /// Where to point when a key is missing, or at an element that has no ID: the first line of
    /// the mapping, not all of it.
    var headRange: SourceRange {
        var range = node.range
        if let first = node.mapping?.first { range.end = first.key.range.end }
        return range
    }
}
