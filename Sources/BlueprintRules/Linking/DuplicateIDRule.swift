import BlueprintDiagnostics
import BlueprintModel

/// Two elements with the same ID: references to it would be ambiguous.
struct DuplicateIDRule: Rule {
    static let description = RuleDescription(
        id: "BP020", name: "duplicate-id", stage: .linking, severity: .error,
        summary: "Two elements share an ID.",
        rationale: "IDs are unique across the workspace so that references, `trace` and exports are never ambiguous; stage and lane IDs are unique within their blueprint. The note points at the first definition; rename one of them, e.g. with a prefix for its blueprint. A YAML alias (`*step`) of an element with an ID repeats that ID, so it is reported too, at the alias; aliases of plain values are fine.",
        triggering: [
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\n---\nkind: persona\nid: ↓hayley\nname: Hayley again\nrole: customer\n",
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: issue\n    name: Issue\n  - id: ↓issue\n    name: Issue again\n",
            // A YAML alias of an element copies its ID too (found by the parser, Syntax/YAMLParser.swift).
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - &step\n        id: s1\n        lane: customer\n        text: Waits\n      - ↓*step\n",
        ],
        nonTriggering: [
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\n---\nkind: persona\nid: mr-hamid\nname: Mr Hamid\nrole: customer\n",
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\npositives: &liked [Friendly staff]\nnegatives: *liked\n",
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for definition in symbols.definitions {
            guard let first = symbols.definition(of: definition.id.value), first.id.range != definition.id.range else { continue }
            findings.append(finding(
                "duplicate ID '\(definition.id.value)': already used by \(article(first.kind.rawValue)) \(first.kind.rawValue)",
                at: definition.id.range, notes: [.init("first defined here", at: first.id.range)],
                help: "IDs are unique across the workspace; rename this \(definition.kind.rawValue)"))
        }
        for blueprint in workspace.blueprints {
            findings += localDuplicates(blueprint.stages.map(\.id), what: "stage", in: blueprint)
            findings += localDuplicates(blueprint.lanes.map(\.id), what: "lane", in: blueprint)
        }
        return findings
    }

    private func localDuplicates(_ ids: [Identifier], what: String, in blueprint: Blueprint) -> [Diagnostic] {
        var first: [String: Identifier] = [:]
        var findings: [Diagnostic] = []
        for id in ids {
            if let earlier = first[id.value] {
                findings.append(finding(
                    "duplicate \(what) ID '\(id.value)' in blueprint '\(blueprint.id.value)'",
                    at: id.range, notes: [.init("first defined here", at: earlier.range)],
                    help: "\(what) IDs are unique within a blueprint; rename this \(what)"))
            } else {
                first[id.value] = id
            }
        }
        return findings
    }
}
