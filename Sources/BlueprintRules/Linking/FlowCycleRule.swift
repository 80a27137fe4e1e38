import BlueprintDiagnostics
import BlueprintModel

/// Flow arrows that come back to where they started: a journey has a beginning and an end.
struct FlowCycleRule: Rule {
    static let description = RuleDescription(
        id: "BP022", name: "flow-cycle", stage: .linking, severity: .error,
        summary: "Steps' `after` links form a cycle.",
        rationale: "A blueprint's flow runs forward in time. A repeated step (calling back a second time) is a new step with its own ID, so the diagram and the touch-point counts stay true.",
        triggering: [
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - id: ↓s1\n        lane: customer\n        text: Calls\n        after: [s2]\n      - id: s2\n        lane: customer\n        text: Calls again\n        after: [s1]\n",
        ],
        nonTriggering: [
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - id: s1\n        lane: customer\n        text: Calls\n      - id: s2\n        lane: customer\n        text: Calls again\n        after: [s1]\n",
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        workspace.blueprints.flatMap(cycles)
    }

    /// One finding per cycle, found by depth-first search in written order (so it is stable).
    /// The search keeps its own stack: a generated blueprint may chain thousands of steps.
    private func cycles(in blueprint: Blueprint) -> [Diagnostic] {
        let steps = blueprint.steps
        var index: [String: Int] = [:]
        for (position, step) in steps.enumerated() where index[step.id.value] == nil { index[step.id.value] = position }
        let predecessors = steps.map { $0.after.compactMap { index[$0.value] } }
        enum Mark { case unvisited, onPath, done }
        var marks = [Mark](repeating: .unvisited, count: steps.count)
        var findings: [Diagnostic] = []

        for root in steps.indices where marks[root] == .unvisited {
            // Each frame is a step on the current path and how many of its links were followed.
            var path: [(node: Int, next: Int)] = [(root, 0)]
            marks[root] = .onPath
            while let (node, next) = path.last {
                guard next < predecessors[node].count else {
                    marks[node] = .done
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let target = predecessors[node][next]
                switch marks[target] {
                case .unvisited:
                    marks[target] = .onPath
                    path.append((target, 0))
                case .onPath:
                    let loop = path.map(\.node).drop { $0 != target }
                    let names = (Array(loop) + [target]).reversed().map { steps[$0].id.value }.joined(separator: " → ")
                    findings.append(finding(
                        "flow arrows form a cycle: \(names)", at: steps[loop.min()!].id.range,
                        help: "a step that happens again is a new step with its own ID; remove one 'after' link"))
                case .done:
                    break
                }
            }
        }
        return findings
    }
}
