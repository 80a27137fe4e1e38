import BlueprintDiagnostics
import BlueprintSyntax

/// A decoded document of any kind.
public enum Element: Sendable, Hashable {
    case workspace(WorkspaceManifest)
    case blueprint(Blueprint)
    case persona(Persona)
    case stories(StoryCollection)
    case study(Study)
    case participants(ParticipantList)
    case notes(Session)
    case codebook(Codebook)
    case insights(InsightCollection)
    case comments(CommentCollection)
}

/// Decodes located YAML documents into model values, collecting every problem.
public enum DocumentDecoder {
    /// The document kinds this version understands, as written after `kind:`.
    public static var kinds: [String] { Schema.documentKinds.sorted() }

    /// Decodes one document. A document with problems may still yield a value (with the
    /// faulty parts left out) so later checks can run on the rest.
    public static func decode(_ document: Document) -> (element: Element?, diagnostics: [Diagnostic]) {
        let problems = Problems()
        let element = decode(document.root, start: document.start, problems: problems)
        return (element, problems.diagnostics)
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
        switch kind {
        case "blueprint": return BlueprintDecoder.decode(root, problems: problems).map(Element.blueprint)
        case "persona": return PersonaDecoder.decode(root, problems: problems).map(Element.persona)
        case "workspace": return WorkspaceDecoder.decode(root, problems: problems).map(Element.workspace)
        case "stories": return StoriesDecoder.decode(root, problems: problems).map(Element.stories)
        case "study": return ResearchDecoder.study(root, problems: problems).map(Element.study)
        case "participants": return ResearchDecoder.participants(root, problems: problems).map(Element.participants)
        case "notes": return ResearchDecoder.notes(root, problems: problems).map(Element.notes)
        case "codebook": return ResearchDecoder.codebook(root, problems: problems).map(Element.codebook)
        case "insights": return ResearchDecoder.insights(root, problems: problems).map(Element.insights)
        case "comments": return ResearchDecoder.comments(root, problems: problems).map(Element.comments)
        default:
            problems.error(SchemaRuleID.unknownKind, "unknown kind '\(kind)'", at: kindPair.value.range,
                           help: Suggestion.didYouMean(kind, in: kinds) ?? "use one of: \(kinds.joined(separator: ", "))")
            return nil
        }
    }
}
