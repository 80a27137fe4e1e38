import BlueprintDiagnostics

/// What an element is: the one list of kinds, which the symbol table, the trace chain and
/// coverage all speak. The raw value is the word check messages use; `name` is the word shown
/// when an element stands on its own. Participants' IDs are pseudonyms, unique like every other
/// ID. Stages are here for traces only: their IDs are local to a blueprint, so the symbol table
/// never defines one (lanes, likewise local, take part in nothing).
public enum ElementKind: String, Sendable, Hashable, CaseIterable {
    case blueprint, stage, persona, need, step
    case painPoint = "pain point"
    case change, measure
    case excerpt, insight
    case stories, epic, story, role
    case criterion = "acceptance criterion"
    case study, participant
    case notes = "session"
    case codebook, theme, tag, recommendation
    case insights = "insights document"
    case comments = "comments document"
    case comment
}

extension ElementKind {
    /// The kind's name where an element is shown on its own (a trace, coverage, the report): a
    /// need away from its persona is a "persona need". Check messages name the persona beside
    /// it, so they use the short raw value.
    public var name: String { self == .need ? "persona need" : rawValue }

    /// The name in the plural, for counts ("3 acceptance criteria").
    public var plural: String {
        switch self {
        case .story, .stories: "stories"
        case .criterion: "acceptance criteria"
        default: name + "s"
        }
    }

    /// "1 story", "3 acceptance criteria".
    public func counted(_ count: Int) -> String { BlueprintDiagnostics.counted(count, name, plural: plural) }
}

/// Where an ID is defined.
public struct Definition: Sendable, Hashable {
    public var id: Identifier
    public var kind: ElementKind
    /// The blueprint it belongs to, for steps, pain points, changes and measures.
    public var blueprint: String?
}

/// A place that names another element by ID.
public struct Reference: Sendable, Hashable {
    public var target: Identifier
    /// What the reference may point at.
    public var accepts: [ElementKind]
    /// The key it was written under, for messages ("after", "improves").
    public var key: String
    /// When set, the target must be defined in this blueprint (flow arrows stay inside one).
    public var withinBlueprint: String?
}

/// Every definition and reference of a workspace, in source order.
public struct SymbolTable: Sendable {
    public private(set) var definitions: [Definition] = []
    public private(set) var references: [Reference] = []
    /// Where each ID's first definition is among `definitions`, and where any later ones (the
    /// duplicates) are: one small number an ID rather than an array, of which a large
    /// workspace had a million.
    private var firstIndex: [String: Int] = [:]
    private var laterIndices: [String: [Int]] = [:]

    init(_ workspace: Workspace) {
        workspace.declareSymbols(in: &self)
        // Indexed once all are known, at the final size: growing the table rehashed every ID
        // several times over.
        firstIndex.reserveCapacity(definitions.count)
        for (index, definition) in definitions.enumerated() {
            if firstIndex[definition.id.value] == nil {
                firstIndex[definition.id.value] = index
            } else {
                laterIndices[definition.id.value, default: []].append(index)
            }
        }
    }

    /// Records a definition. Each kind declares its own, beside its type (`declareSymbols`).
    mutating func define(_ id: Identifier, _ kind: ElementKind, in blueprint: String? = nil) {
        guard !id.value.isEmpty else { return }
        definitions.append(Definition(id: id, kind: kind, blueprint: blueprint))
    }

    /// Records a reference.
    mutating func refer(_ target: Identifier, _ accepts: [ElementKind], _ key: String, withinBlueprint: String? = nil) {
        references.append(Reference(target: target, accepts: accepts, key: key, withinBlueprint: withinBlueprint))
    }

    /// The first definition of `id`, if any.
    public func definition(of id: String) -> Definition? { firstIndex[id].map { definitions[$0] } }

    /// Every definition of `id`, in source order; more than one means a duplicate.
    public func definitions(of id: String) -> [Definition] {
        guard let first = firstIndex[id] else { return [] }
        return ([first] + (laterIndices[id] ?? [])).map { definitions[$0] }
    }

    /// Whether `id` has a definition that `matches`.
    public func hasDefinition(of id: String, where matches: (Definition) -> Bool) -> Bool {
        guard let first = firstIndex[id] else { return false }
        return matches(definitions[first]) || (laterIndices[id] ?? []).contains { matches(definitions[$0]) }
    }
}
