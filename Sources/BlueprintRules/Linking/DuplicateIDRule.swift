import BlueprintDiagnostics
import BlueprintModel

/// Two elements with the same ID: references to it would be ambiguous.
struct DuplicateIDRule: Rule {
    static let description = RuleDescription(
        id: "BP020", name: "duplicate-id", stage: .linking, severity: .error,
        summary: "Two elements share an ID.",
        rationale: "IDs are unique across the workspace so that references, `trace` and exports are never ambiguous; stage and lane IDs are unique within their blueprint. The note points at the first definition; rename one of them, e.g. with a prefix for its blueprint. A future state that `improves` a current state may reuse its step, pain-point, change and measure IDs (the same ID is the same step, as it will be), and tags and themes have IDs of their own, apart from the rest. A YAML alias (`*step`) of an element with an ID repeats that ID, so it is reported too, at the alias; aliases of plain values are fine.",
        triggering: [
            "kind: blueprint\nid: bins\ntitle: Bins\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - id: calls\n        lane: customer\n        text: Calls\n---\nkind: blueprint\nid: roads\ntitle: Roads\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - id: ↓calls\n        lane: customer\n        text: Calls\n",
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\n---\nkind: persona\nid: ↓hayley\nname: Hayley again\nrole: customer\n",
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: issue\n    name: Issue\n  - id: ↓issue\n    name: Issue again\n",
            // A YAML alias of an element copies its ID too (found by the parser, Syntax/YAMLParser.swift).
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - &step\n        id: s1\n        lane: customer\n        text: Waits\n      - ↓*step\n",
        ],
        nonTriggering: [
            // A future state that improves a current state reuses its step IDs: the same step, as it will be.
            "kind: blueprint\nid: bins\ntitle: Bins\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - id: calls\n        lane: customer\n        text: Calls\n---\nkind: blueprint\nid: bins-future\ntitle: Bins tomorrow\nstate: future\nimproves: bins\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - id: calls\n        lane: customer\n        text: Reports online\n",
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\n---\nkind: persona\nid: mr-hamid\nname: Mr Hamid\nrole: customer\n",
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\npositives: &liked [Friendly staff]\nnegatives: *liked\n",
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        // The definitions seen so far of each ID defined more than once, in source order.
        var earlier: [String: [Definition]] = [:]
        for definition in symbols.definitions where symbols.isDefinedMoreThanOnce(definition.id.value) {
            let id = definition.id.value
            defer { earlier[id, default: []].append(definition) }
            // An alias's copy has its original's range: the parser reports it, at the alias.
            let clashing = (earlier[id] ?? []).filter { $0.id.range != definition.id.range && symbols.clash($0, definition) }
            guard let first = clashing.first(where: { !symbols.isReuse($0) }) ?? clashing.first else { continue }
            var help = "IDs are unique across the workspace; rename this \(definition.kind.rawValue)"
            if let owner = first.blueprint, let other = definition.blueprint, owner != other, first.kind == definition.kind {
                help = "IDs are unique across the workspace, and only a future state with 'improves: \(owner)' may reuse the \(first.kind.rawValue) IDs of blueprint '\(owner)'; rename this \(definition.kind.rawValue)"
            }
            findings.append(finding(
                "duplicate ID '\(id)': already used by \(article(first.kind.rawValue)) \(first.kind.rawValue)",
                at: definition.id.range, notes: [.init("first defined here", at: first.id.range)], help: help))
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
