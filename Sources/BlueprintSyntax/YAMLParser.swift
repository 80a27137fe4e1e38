import CBlueprintYAML
import BlueprintDiagnostics

/// Parses YAML text into located trees over libyaml's event API.
///
/// Every problem becomes a located `Diagnostic`; nothing here throws, traps or prints.
/// A file with a syntax error yields the documents before the error and one diagnostic.
public enum YAMLParser {
    /// The documents of one file and the problems found while reading it.
    public struct Result: Sendable {
        public var documents: [Document]
        public var diagnostics: [Diagnostic]
    }

    /// Parses `bytes` (the whole file) named `file` in messages.
    public static func parse(_ bytes: [UInt8], file: String, limits: ParseLimits = .standard) -> Result {
        if bytes.count > limits.maxFileBytes {
            return Result(documents: [], diagnostics: [tooLarge(size: bytes.count, file: file, limits: limits)])
        }
        if let problem = TextCheck.problem(in: bytes, file: file) {
            return Result(documents: [], diagnostics: [problem])
        }
        var builder = TreeBuilder(file: file, limits: limits, lines: LineMap(bytes))
        builder.run(bytes)
        if builder.documents.isEmpty && builder.diagnostics.isEmpty {
            builder.diagnostics.append(Diagnostic(
                ruleID: SyntaxRuleID.emptyFile, severity: .error,
                message: "file is empty; expected a YAML document with a 'kind:' key",
                at: SourceRange(file: file, at: SourcePosition(line: 1, column: 1)),
                help: "add a document such as 'kind: blueprint', or delete the file"))
        }
        return Result(documents: builder.documents, diagnostics: builder.diagnostics)
    }

    /// The finding for a file of `size` bytes over the limit; `WorkspaceFiles` reports it from
    /// the file's size, before reading it.
    public static func tooLarge(size: Int, file: String, limits: ParseLimits = .standard) -> Diagnostic {
        Diagnostic(
            ruleID: SyntaxRuleID.fileTooLarge, severity: .error,
            message: "file is \(grouped(size)) bytes; the limit is \(grouped(limits.maxFileBytes)) bytes",
            at: SourceRange(file: file, at: SourcePosition(line: 1, column: 1)),
            help: "split it into several files in the same folder")
    }

    /// Parses text (a convenience for tests and generated input).
    public static func parse(_ text: String, file: String, limits: ParseLimits = .standard) -> Result {
        parse(Array(text.utf8), file: file, limits: limits)
    }
}

/// Turns the event stream into trees. A container under construction sits on `stack`.
private struct TreeBuilder {
    /// A sequence or mapping that is still open, with the number of nodes it stands for
    /// once aliases are expanded (what the expansion limit counts).
    private struct OpenContainer {
        var isMapping: Bool
        var start: SourcePosition
        var tag: String?
        var anchor: String?
        /// Where its finished children start in `children`: a sequence's items, or a mapping's
        /// keys and values in turn.
        var first: Int
        /// The key just seen repeats an earlier one, so it and its value are left out.
        var skipsValue = false
        /// Where each key is in `children`, kept only for large mappings: most mappings hold a
        /// handful of keys, and scanning them beats hashing.
        var keyIndex: [String: Int]?
        var weight = 1
    }

    let file: String
    /// The interned file name every range of this file carries.
    let fileID: FileID
    let limits: ParseLimits
    let lines: LineMap
    var documents: [Document] = []
    var diagnostics: [Diagnostic] = []
    private var stack: [OpenContainer] = []
    /// The finished children of every open container, innermost last. Each container's
    /// array is made once, at its exact size, when it closes: growing an array per container
    /// cost an allocation at every doubling.
    private var children: [Node] = []
    private var anchors: [String: (node: Node, weight: Int)] = [:]
    private var expandedByAliases = 0
    private var root: Node?
    private var documentStart = SourcePosition(line: 1, column: 1)

    init(file: String, limits: ParseLimits, lines: LineMap) {
        self.file = file
        self.lines = lines
        fileID = FileID(file)
        self.limits = limits
    }

    mutating func run(_ bytes: [UInt8]) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            fail(SyntaxRuleID.syntaxError, "out of memory while starting the YAML parser", at: .init(line: 1, column: 1))
            return
        }
        defer { yaml_parser_delete(&parser) }
        bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    diagnostics.append(ParserProblem.diagnostic(for: parser, file: file, bytes: bytes, lines: lines))
                    return
                }
                let done = event.type == YAML_STREAM_END_EVENT
                let keepGoing = handle(event)
                yaml_event_delete(&event)
                if done || !keepGoing { return }
            }
        }
    }

    /// Handles one event; false stops parsing (a limit was hit and reported).
    private mutating func handle(_ event: yaml_event_t) -> Bool {
        let start = position(event.start_mark)
        let end = position(event.end_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            anchors = [:]
            expandedByAliases = 0
            root = nil
            documentStart = start
        case YAML_DOCUMENT_END_EVENT:
            if let root { documents.append(Document(root: root, file: file, start: documentStart)) }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = string(data.value, length: data.length)
            let node = Node(.scalar(Scalar(text, style: style(data.style))),
                            range: range(start, end), tag: optionalString(data.tag))
            return add(node, weight: 1, anchor: optionalString(data.anchor))
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            guard stack.count < limits.maxDepth else {
                fail(SyntaxRuleID.nestingDepth,
                     "lists and mappings nest more than \(limits.maxDepth) levels deep here",
                     at: start, help: "flatten the structure; workspace documents need only a few levels")
                return false
            }
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
            let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            stack.append(OpenContainer(isMapping: isMapping, start: start, tag: optionalString(tag),
                                       anchor: optionalString(anchor), first: children.count))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let open = stack.popLast() else { return true }
            let value: Node.Value = open.isMapping ? .mapping(pairs(from: open.first)) : .sequence(Array(children[open.first...]))
            children.removeSubrange(open.first...)
            return add(Node(value, range: range(open.start, end), tag: open.tag), weight: open.weight, anchor: open.anchor)
        case YAML_ALIAS_EVENT:
            let name = string(event.data.alias.anchor, length: nil)
            guard let (node, weight) = anchors[name] else {
                fail(SyntaxRuleID.syntaxError, "alias '*\(name)' refers to no anchor defined before it",
                     at: start, help: "define '&\(name)' earlier in the same document, or remove the alias")
                return false
            }
            expandedByAliases += weight
            guard expandedByAliases <= limits.maxAliasExpansion else {
                fail(SyntaxRuleID.aliasExpansion,
                     "aliases expand to more than \(grouped(limits.maxAliasExpansion)) nodes in this document",
                     at: start, help: "this looks like an alias bomb; write the repeated content out or use fewer aliases")
                return false
            }
            if let id = Self.elementID(in: node) {
                diagnostics.append(Diagnostic(
                    ruleID: SyntaxRuleID.aliasedElement, severity: .error,
                    message: "alias '*\(name)' repeats the element with ID '\(id)'; every element needs its own ID",
                    at: range(start, end),
                    notes: [.init("'&\(name)' is defined here", at: node.range)],
                    help: "write the element out with an ID of its own, or name '\(id)' where a reference is expected"))
            }
            var copy = node
            copy.range = range(start, end)
            return add(copy, weight: weight, anchor: nil)
        default:
            break
        }
        return true
    }

    /// The first `id:` of a mapping in `node`, if any: aliasing an element with an ID would put
    /// the same ID in the workspace twice (drawn twice, exported twice). Aliases of plain values
    /// stay allowed. The walk is bounded by the alias expansion limit already counted.
    private static func elementID(in node: Node) -> String? {
        switch node.value {
        case .scalar: return nil
        case .sequence(let items): return items.lazy.compactMap(elementID).first
        case .mapping(let pairs):
            if let id = pairs.first(where: { $0.key.scalar?.text == "id" }), let text = id.value.scalar?.text { return text }
            return pairs.lazy.compactMap { elementID(in: $0.value) }.first
        }
    }

    /// Adds a finished node to the open container, or makes it the document root.
    private mutating func add(_ node: Node, weight: Int, anchor: String?) -> Bool {
        if let anchor { anchors[anchor] = (node, weight) }
        guard !stack.isEmpty else {
            root = node
            return true
        }
        let top = stack.count - 1
        stack[top].weight += weight
        guard stack[top].isMapping else {
            children.append(node)
            return true
        }
        if stack[top].skipsValue {
            stack[top].skipsValue = false
        } else if (children.count - stack[top].first).isMultiple(of: 2) {
            addKey(node, to: top)
        } else {
            children.append(node)
        }
        return true
    }

    /// Adds a key to the open mapping at `index`, or reports it as a duplicate and leaves it
    /// and its value out (the first one wins, so later stages see one value and no cascade of
    /// errors).
    private mutating func addKey(_ key: Node, to index: Int) {
        let first = stack[index].first
        if case .scalar(let scalar) = key.value {
            let text = scalar.text
            // YAML 1.1's merge key: libyaml passes it through as a plain key and YAML 1.2
            // dropped it, so the keys it meant to merge would silently go missing. Reported
            // here, for every mapping (attributes too), and left out with its value.
            if text == "<<", scalar.style == .plain {
                diagnostics.append(Diagnostic(
                    ruleID: SyntaxRuleID.mergeKey, severity: .error,
                    message: "merge keys ('<<') are not supported; write the keys out",
                    at: key.range, help: "copy the keys you meant to merge into this mapping and remove '<<'"))
                stack[index].skipsValue = true
                return
            }
            // Looked up in place: a copy of the index held here would make the insertion below
            // copy the whole dictionary.
            let earlier: Int? = stack[index].keyIndex != nil
                ? stack[index].keyIndex![text]
                : stride(from: first, to: children.count, by: 2).first { children[$0].scalar?.text == text }
            if let earlier {
                diagnostics.append(Diagnostic(
                    ruleID: SyntaxRuleID.duplicateKey, severity: .error,
                    message: "duplicate key '\(text)' in this mapping",
                    at: key.range,
                    notes: [.init("'\(text)' first appears here", at: children[earlier].range)],
                    help: "remove one of them, or merge their values"))
                stack[index].skipsValue = true
                return
            }
            if stack[index].keyIndex != nil { stack[index].keyIndex![text] = children.count }
        }
        children.append(key)
        // The key just added is the mapping's (children.count - first + 1) / 2-th.
        if stack[index].keyIndex == nil, children.count - first + 1 == 2 * Self.largeMapping { indexKeys(of: index) }
    }

    /// From this many pairs on, a mapping's keys are looked up in a dictionary.
    private static let largeMapping = 16

    private mutating func indexKeys(of index: Int) {
        var keyIndex: [String: Int] = [:]
        for position in stride(from: stack[index].first, to: children.count, by: 2) {
            if let text = children[position].scalar?.text, keyIndex[text] == nil { keyIndex[text] = position }
        }
        stack[index].keyIndex = keyIndex
    }

    /// The keys and values from `first` on, paired.
    private func pairs(from first: Int) -> [Pair] {
        var pairs: [Pair] = []
        pairs.reserveCapacity((children.count - first) / 2)
        for position in stride(from: first, to: children.count - 1, by: 2) {
            pairs.append(Pair(key: children[position], value: children[position + 1]))
        }
        return pairs
    }

    private mutating func fail(_ rule: String, _ message: String, at position: SourcePosition, help: String? = nil) {
        diagnostics.append(Diagnostic(ruleID: rule, severity: .error, message: message,
                                      at: SourceRange(file: file, at: position), help: help))
    }

    private func position(_ mark: yaml_mark_t) -> SourcePosition {
        lines.position(mark)
    }

    private func range(_ start: SourcePosition, _ end: SourcePosition) -> SourceRange {
        SourceRange(fileID: fileID, start: start, end: end)
    }

    private func style(_ style: yaml_scalar_style_t) -> Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}

private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int?) -> String {
    guard let pointer else { return "" }
    guard let length else { return String(cString: pointer) }
    return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
}

private func optionalString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { string($0, length: nil) }
}

/// 100000 as "100,000", for limits in messages.
func grouped(_ number: Int) -> String {
    let digits = Array(String(number))
    var out = ""
    for (index, digit) in digits.enumerated() {
        if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
        out.append(digit)
    }
    return out
}
