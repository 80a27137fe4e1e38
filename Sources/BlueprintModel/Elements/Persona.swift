import BlueprintDiagnostics

/// A customer or member of staff whose journey a blueprint follows (seed 002's snapshots).
public struct Persona: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable, CaseIterable {
        case customer, staff
    }

    public var id: Identifier
    public var name: Text
    public var role: Located<Role>?
    public var title: Text?
    public var summary: Text?
    public var needs: [Need]
    public var positives: [Text]
    public var negatives: [Text]
    public var quote: Text?
    public var attributes: [TextPair]
    public var range: SourceRange
}

/// Something a persona needs. Needs with an ID can be addressed by user stories.
public struct Need: Sendable, Hashable {
    public var id: Identifier?
    public var text: Text
}

extension Persona: WorkspaceDocument {
    public func forEachFreeText(_ body: (Text) -> Void) {
        body(name)
        for text in [title, summary, quote] { if let text { body(text) } }
        for need in needs { body(need.text) }
        positives.forEach(body)
        negatives.forEach(body)
        for attribute in attributes {
            body(attribute.name)
            body(attribute.value)
        }
    }

    func declareSymbols(in symbols: inout SymbolTable) {
        symbols.define(id, .persona)
        for need in needs { if let id = need.id { symbols.define(id, .need) } }
    }
}
