import BlueprintDiagnostics
import BlueprintModel

/// A reference to an ID that nothing defines (or that names the wrong kind of thing).
public struct UnknownReferenceRule: Rule {
    public static let description = RuleDescription(
        id: "BP021", name: "unknown-reference", stage: .linking, severity: .error,
        summary: "A reference names an ID that does not exist, or an element of the wrong kind.",
        rationale: "A dangling reference breaks the chain from evidence to pain point to story. The help suggests the closest existing ID of the right kind.",
        triggering: [
            "kind: blueprint\nid: b\ntitle: B\npersonas: [↓mr-hamed]\nstages:\n  - id: issue\n    name: Issue\n---\nkind: persona\nid: mr-hamid\nname: Mr Hamid\nrole: customer\n",
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - id: s1\n        lane: customer\n        text: Notices\n      - id: s2\n        lane: customer\n        text: Calls\n        after: [↓s3]\n",
        ],
        nonTriggering: [
            "kind: blueprint\nid: b\ntitle: B\npersonas: [mr-hamid]\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - id: s1\n        lane: customer\n        text: Notices\n      - id: s2\n        lane: customer\n        text: Calls\n        after: [s1]\n---\nkind: persona\nid: mr-hamid\nname: Mr Hamid\nrole: customer\n",
        ])

    public init() {}

    /// Whether a finding of this rule names an ID that nothing defines (rather than an element
    /// of the wrong kind): the finding a file that could not be read causes in others.
    public static func isUndefinedTarget(_ diagnostic: Diagnostic) -> Bool {
        undefinedTarget(diagnostic) != nil
    }

    /// The ID a finding says nothing defines, or nil for other findings: read from its subject,
    /// not its message, so rewording the message cannot break the checker's folding.
    public static func undefinedTarget(_ diagnostic: Diagnostic) -> String? {
        guard diagnostic.ruleID == description.id, case .unknownReference(let id)? = diagnostic.subject else { return nil }
        return id
    }

    public func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        symbols.references.compactMap { reference in
            let acceptable = symbols.hasDefinition(of: reference.target.value) {
                reference.accepts.contains($0.kind)
                    && (reference.withinBlueprint == nil || $0.blueprint == reference.withinBlueprint)
            }
            // An element dropped for its own error was reported there; this would be its echo.
            guard !acceptable, !symbols.isDropped(reference.target.value) else { return nil }
            let definitions = symbols.definitions(of: reference.target.value)
            let wanted = alternatives(reference.accepts.map(\.rawValue))
            if let other = definitions.first {
                let place = other.blueprint.map { " of blueprint '\($0)'" } ?? ""
                return finding(
                    "'\(reference.target.value)' is \(article(other.kind.rawValue)) \(other.kind.rawValue)\(place), but '\(reference.key)' needs \(article(wanted)) \(wanted)\(scope(reference))",
                    at: reference.target.range, notes: [.init("'\(reference.target.value)' is defined here", at: other.id.range)],
                    help: suggestion(for: reference, in: symbols))
            }
            var unknown = finding("unknown \(wanted) '\(reference.target.value)' in '\(reference.key)'", at: reference.target.range,
                                  help: suggestion(for: reference, in: symbols))
            unknown.subject = .unknownReference(id: reference.target.value)
            return unknown
        }
    }

    private func scope(_ reference: Reference) -> String {
        reference.withinBlueprint.map { " of blueprint '\($0)'" } ?? ""
    }

    private func suggestion(for reference: Reference, in symbols: SymbolTable) -> String {
        let candidates = symbols.definitions.filter {
            reference.accepts.contains($0.kind)
                && (reference.withinBlueprint == nil || $0.blueprint == reference.withinBlueprint)
        }.map(\.id.value)
        if let hint = Suggestion.didYouMean(reference.target.value, in: candidates) { return hint }
        let wanted = alternatives(reference.accepts.map(\.rawValue))
        return candidates.isEmpty
            ? "define \(article(wanted)) \(wanted) with this ID\(scope(reference)), or remove the reference"
            : "check the spelling; no \(wanted)\(scope(reference)) has a similar ID"
    }
}
