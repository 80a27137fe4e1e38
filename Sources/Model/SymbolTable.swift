import Diagnostics

/// What an ID names. Stages and lanes are not here: their IDs are local to a blueprint.
public enum ElementKind: String, Sendable, Hashable, CaseIterable {
    case blueprint, persona, need, step
    case painPoint = "pain point"
    case change, measure
    case excerpt, insight
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
    /// Definitions by ID; more than one means a duplicate.
    public private(set) var byID: [String: [Definition]] = [:]

    init(_ workspace: Workspace) {
        for persona in workspace.personas {
            define(persona.id, .persona)
            for need in persona.needs { if let id = need.id { define(id, .need) } }
        }
        for blueprint in workspace.blueprints {
            let owner = blueprint.id.value
            define(blueprint.id, .blueprint)
            if let improves = blueprint.improves { refer(improves, [.blueprint], "improves") }
            for persona in blueprint.personas { refer(persona, [.persona], "persona") }
            for stage in blueprint.stages {
                for step in stage.steps {
                    define(step.id, .step, in: owner)
                    for target in step.after { refer(target, [.step], "after", withinBlueprint: owner) }
                }
            }
            for pain in blueprint.painPoints {
                define(pain.id, .painPoint, in: owner)
                for case .reference(let target) in pain.evidence { refer(target, [.excerpt, .insight], "evidence") }
            }
            for stage in blueprint.stages {
                for change in blueprint.changes(in: stage) where change.stage == nil { define(change.id, .change, in: owner) }
                for measure in blueprint.measures(in: stage) where measure.stage == nil { define(measure.id, .measure, in: owner) }
            }
            for change in blueprint.changes { define(change.id, .change, in: owner) }
            for measure in blueprint.measures { define(measure.id, .measure, in: owner) }
        }
    }

    private mutating func define(_ id: Identifier, _ kind: ElementKind, in blueprint: String? = nil) {
        guard !id.value.isEmpty else { return }
        let definition = Definition(id: id, kind: kind, blueprint: blueprint)
        definitions.append(definition)
        byID[id.value, default: []].append(definition)
    }

    private mutating func refer(_ target: Identifier, _ accepts: [ElementKind], _ key: String, withinBlueprint: String? = nil) {
        references.append(Reference(target: target, accepts: accepts, key: key, withinBlueprint: withinBlueprint))
    }

    /// The first definition of `id`, if any.
    public func definition(of id: String) -> Definition? { byID[id]?.first }
}
