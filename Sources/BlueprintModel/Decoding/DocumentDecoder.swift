import BlueprintDiagnostics
import BlueprintSyntax

/// Decodes located YAML documents into model values, collecting every problem.
public enum DocumentDecoder {
    /// The document kinds this version understands, as written after `kind:`.
    public static var kinds: [String] { Schema.documentKinds.sorted() }

    /// Decodes one document. A document with problems may still yield a value (with the
    /// faulty parts left out) so later checks can run on the rest; `dropped` holds the IDs
    /// of what was left out (`Element.dropped`).
    public static func decode(_ document: Document) -> (element: Element?, diagnostics: [Diagnostic], dropped: [Identifier]) {
        let problems = Problems()
        let element = decode(document.root, start: document.start, problems: problems)
        return (element, problems.diagnostics, problems.dropped)
    }

    static func decode(_ root: Node, start: SourcePosition, problems: Problems) -> Element? {
        if root.scalar?.isNull == true {
            problems.error(SyntaxRuleID.emptyFile, "document is empty; expected a mapping with a 'kind:' key",
                           at: SourceRange(file: root.range.file, at: start), help: "add 'kind: blueprint' (or another kind), or remove the empty document")
            return nil
        }
        guard let pairs = root.mapping else {
            problems.wrongType(root, expected: "a mapping with a 'kind:' key", for: "a document")
            return nil
        }
        guard let kindPair = pairs.first(where: { $0.key.scalar?.text == "kind" }) else {
            problems.error(SchemaRuleID.unknownKind, "document has no 'kind'",
                           at: SourceRange(file: root.range.file, at: root.range.start),
                           help: "add 'kind: …' with one of: \(kinds.joined(separator: ", "))")
            return nil
        }
        guard let kind = kindPair.value.scalar?.text else {
            problems.wrongType(kindPair.value, expected: "text", for: "'kind'")
            return nil
        }
        guard let decode = Element.decoders[kind] else {
            problems.error(SchemaRuleID.unknownKind, "unknown kind '\(kind)'", at: kindPair.value.range,
                           help: Suggestion.didYouMean(kind, in: kinds) ?? "use one of: \(kinds.joined(separator: ", "))")
            return nil
        }
        return decode(root, problems)
    }
}
