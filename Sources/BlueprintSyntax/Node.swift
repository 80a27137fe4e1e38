import BlueprintDiagnostics

/// A YAML node that remembers where it came from. Built from libyaml events; aliases are
/// already expanded (within a hard limit), so consumers see a plain tree.
public struct Node: Sendable, Hashable {
    /// The shape of a node.
    public enum Value: Sendable, Hashable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Pair])
    }

    public var value: Value
    public var range: SourceRange
    /// The explicit tag, resolved by libyaml (`tag:yaml.org,2002:str` for `!!str`), if any.
    public var tag: String?

    public init(_ value: Value, range: SourceRange, tag: String? = nil) {
        self.value = value
        self.range = range
        self.tag = tag
    }

    /// The scalar, if this node is one.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = value { return scalar }
        return nil
    }

    /// The items, if this node is a sequence.
    public var sequence: [Node]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The key/value pairs in source order, if this node is a mapping.
    public var mapping: [Pair]? {
        if case .mapping(let pairs) = value { return pairs }
        return nil
    }

    /// What a user calls this kind of node, for messages: "text", "a list", "a mapping".
    public var kindDescription: String {
        switch value {
        case .scalar(let scalar): scalar.isNull ? "nothing (null)" : "text"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}

/// A key and its value in a mapping.
public struct Pair: Sendable, Hashable {
    public var key: Node
    public var value: Node

    public init(key: Node, value: Node) {
        self.key = key
        self.value = value
    }
}

/// A scalar's text and how it was written. Quoting matters: `"1"` is text, `1` is a number.
public struct Scalar: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// A plain scalar that YAML 1.2's core schema reads as null (`~`, `null`, or nothing).
    public var isNull: Bool {
        style == .plain && ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// The integer a plain scalar denotes under the core schema, if any.
    public var integer: Int? {
        guard style == .plain else { return nil }
        if text.hasPrefix("0x") { return Int(text.dropFirst(2), radix: 16) }
        if text.hasPrefix("0o") { return Int(text.dropFirst(2), radix: 8) }
        return Int(text)
    }

    /// The boolean a plain scalar denotes under the core schema, if any.
    public var boolean: Bool? {
        guard style == .plain else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }
}

/// One YAML document of a file (a file may hold several, separated by `---`).
public struct Document: Sendable, Hashable {
    public var root: Node
    public var file: String
    /// Where the document starts: its `---`, or its first content.
    public var start: SourcePosition

    public init(root: Node, file: String, start: SourcePosition? = nil) {
        self.root = root
        self.file = file
        self.start = start ?? root.range.start
    }
}

extension Node {
    /// This mapping with the value under `key` transformed; any other node is returned unchanged.
    /// For outputs that rewrite one field of a document and keep the rest as written.
    public func replacingValue(at key: String, _ transform: (Node) -> Node) -> Node {
        guard let pairs = mapping else { return self }
        var copy = self
        copy.value = .mapping(pairs.map { $0.key.scalar?.text == key ? Pair(key: $0.key, value: transform($0.value)) : $0 })
        return copy
    }
}
