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
    /// The IDs of elements left out because of their own errors (`Workspace.dropped`).
    private var dropped: [String: Identifier] = [:]
    /// Each future state's `improves`: the blueprint whose step, pain point, change and measure
    /// IDs it may reuse.
    private var improved: [String: String] = [:]

    init(_ workspace: Workspace) {
        workspace.declareSymbols(in: &self)
        for id in workspace.dropped where dropped[id.value] == nil { dropped[id.value] = id }
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
        // A plain reference to an ID a future state reuses means the current state's element,
        // whichever file comes first.
        guard !improved.isEmpty else { return }
        for (id, later) in laterIndices {
            let all = [firstIndex[id]!] + later
            guard isReuse(definitions[all[0]]), let owner = all.first(where: { !isReuse(definitions[$0]) }) else { continue }
            firstIndex[id] = owner
            laterIndices[id] = all.filter { $0 != owner }
        }
    }

    /// Records that future state `blueprint` improves `current`.
    mutating func improves(_ blueprint: String, _ current: String) {
        if improved[blueprint] == nil { improved[blueprint] = current }
    }

    /// Whether `definition` is a future state's reuse of an ID of the blueprint it improves:
    /// "the same step, as it will be".
    public func isReuse(_ definition: Definition) -> Bool {
        guard !improved.isEmpty, let blueprint = definition.blueprint, let current = improved[blueprint] else { return false }
        return hasDefinition(of: definition.id.value) { $0.kind == definition.kind && $0.blueprint == current }
    }

    /// Whether two definitions of one ID are a duplicate. They are not when one is a future
    /// state's reuse of the other's element (or both are reuses by futures of one current
    /// state), nor when one is a tag or theme and the other is not: research codes are only
    /// ever named where a tag or theme is expected, so they have their own namespace.
    public func clash(_ earlier: Definition, _ later: Definition) -> Bool {
        if Self.isCode(earlier.kind) != Self.isCode(later.kind) { return false }
        guard earlier.kind == later.kind, let first = earlier.blueprint, let second = later.blueprint, first != second else { return true }
        if improved[second] == first || improved[first] == second { return false }
        return !(improved[first] != nil && improved[first] == improved[second] && isReuse(earlier) && isReuse(later))
    }

    /// Whether `id` has more than one definition (a duplicate, or a future state's reuse).
    public func isDefinedMoreThanOnce(_ id: String) -> Bool { laterIndices[id] != nil }

    /// Tags and themes: IDs of the codebook, named only by `tags` and `themes`.
    static func isCode(_ kind: ElementKind) -> Bool { kind == .tag || kind == .theme }

    /// Records a definition. Each kind declares its own, beside its type (`declareSymbols`).
    mutating func define(_ id: Identifier, _ kind: ElementKind, in blueprint: String? = nil) {
        guard !id.value.isEmpty else { return }
        definitions.append(Definition(id: id, kind: kind, blueprint: blueprint))
    }

    /// Records a reference. A qualified one, `blueprint/id`, must be defined in that blueprint:
    /// how a story or insight names a future state's step that reuses a current state's ID.
    mutating func refer(_ target: Identifier, _ accepts: [ElementKind], _ key: String, withinBlueprint: String? = nil) {
        var target = target, within = withinBlueprint
        if let (blueprint, id) = Self.qualified(target.value) {
            target.value = id
            within = blueprint
        }
        references.append(Reference(target: target, accepts: accepts, key: key, withinBlueprint: within))
    }

    /// `blueprint/id` split in two; nil for a plain ID.
    public static func qualified(_ reference: String) -> (blueprint: String, id: String)? {
        guard let slash = reference.firstIndex(of: "/") else { return nil }
        return (String(reference[..<slash]), String(reference[reference.index(after: slash)...]))
    }

    /// The definition `id` names: for a plain ID the first definition that is not a future
    /// state's reuse (so the current state's step), for `blueprint/id` the one in that blueprint.
    public func definition(of id: String) -> Definition? {
        if let index = firstIndex[id] { return definitions[index] }
        guard let (blueprint, plain) = Self.qualified(id) else { return nil }
        return definitions(of: plain).first { $0.blueprint == blueprint }
    }

    /// Every definition of `id`, in source order; more than one means a duplicate.
    public func definitions(of id: String) -> [Definition] {
        guard let first = firstIndex[id] else { return [] }
        return ([first] + (laterIndices[id] ?? [])).map { definitions[$0] }
    }

    /// Whether `id` belongs to an element left out because of its own error: known, but with
    /// nothing to check against, so a reference to it is not reported again.
    public func isDropped(_ id: String) -> Bool { droppedID(id) != nil }

    /// Where an element left out because of its own error spelled `id`, if one did.
    public func droppedID(_ id: String) -> Identifier? { dropped.isEmpty ? nil : dropped[id] }

    /// Whether `id` has a definition that `matches`.
    public func hasDefinition(of id: String, where matches: (Definition) -> Bool) -> Bool {
        guard let first = firstIndex[id] else { return false }
        return matches(definitions[first]) || (laterIndices[id] ?? []).contains { matches(definitions[$0]) }
    }
}
