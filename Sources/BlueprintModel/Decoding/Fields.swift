import BlueprintDiagnostics
import BlueprintSyntax

/// Reads the keys of one YAML mapping. The keys it accepts are those `Schema` declares for the
/// mapping, so `finish()` reports any other key as unknown, with a did-you-mean.
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
        for pair in pairs where pair.key.scalar == nil {
            problems.wrongType(pair.key, expected: "a plain key", for: "a key of this \(what)")
        }
    }

    /// The value node of `key`, if present and not null.
    func node(_ key: String) -> Node? {
        assert(known.contains(key), "the schema of '\(what)' does not declare '\(key)'")
        guard let index = index(of: key) else { return nil }
        let value = pairs[index].value
        if value.scalar?.isNull == true, value.tag == nil { return nil }
        return value
    }

    /// Reads an optional key with `read`, which reports its own type problems.
    func optional<T>(_ key: String, _ read: (Node, String, Problems) -> T?) -> T? {
        guard let value = node(key) else { return nil }
        return read(value, "'\(key)'", problems)
    }

    /// Reads a key that must be present, reporting its absence at the mapping.
    func required<T>(_ key: String, _ read: (Node, String, Problems) -> T?) -> T? {
        guard let value = node(key) else {
            if let empty = index(of: key).map({ pairs[$0] }) {
                problems.error(SchemaRuleID.missingKey, "'\(key)' of this \(what) has no value",
                               at: empty.key.range, help: "write a value after '\(key):'")
            } else {
                problems.error(SchemaRuleID.missingKey, "\(article(what)) \(what) needs '\(key)'",
                               at: headRange, help: "add '\(key): …' to this \(what)")
            }
            return nil
        }
        return read(value, "'\(key)'", problems)
    }

    /// Where the pair of `key` is (duplicate keys were already dropped by the parser).
    private func index(of key: String) -> Int? {
        pairs.firstIndex { pair in
            if case .scalar(let scalar) = pair.key.value { scalar.text == key } else { false }
        }
    }

    /// Reports every key the schema does not declare. Call once per mapping.
    func finish() {
        for pair in pairs {
            guard case .scalar(let scalar) = pair.key.value, !known.contains(scalar.text) else { continue }
            let key = scalar.text
            let hint = Suggestion.didYouMean(key, in: known)
                ?? "the keys of \(article(what)) \(what) are: \(known.map { "'\($0)'" }.joined(separator: ", "))"
            problems.error(SchemaRuleID.unknownKey, "unknown key '\(key)' in \(article(what)) \(what)",
                           at: pair.key.range, help: hint)
        }
    }

    /// Where to point when a key is missing: the first line of the mapping, not all of it.
    private var headRange: SourceRange {
        var range = node.range
        if let first = node.mapping?.first { range.end = first.key.range.end }
        return range
    }
}
