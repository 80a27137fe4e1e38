import Diagnostics
import Model

/// Flow arrows that come back to where they started: a journey has a beginning and an end.
public struct FlowCycleRule: Rule {
    public static let description = RuleDescription(
        id: "BP022", name: "flow-cycle", stage: .linking, severity: .error,
        summary: "Steps' `after` links form a cycle.",
        rationale: "A blueprint's flow runs forward in time. A repeated step (calling back a second time) is a new step with its own ID, so the diagram and the touch-point counts stay true.",
        triggering: [
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - id: ↓s1\n        lane: customer\n        text: Calls\n        after: [s2]\n      - id: s2\n        lane: customer\n        text: Calls again\n        after: [s1]\n",
        ],
        nonTriggering: [
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: issue\n    name: Issue\n    steps:\n      - id: s1\n        lane: customer\n        text: Calls\n      - id: s2\n        lane: customer\n        text: Calls again\n        after: [s1]\n",
        ])

    public init() {}

    public func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        workspace.blueprints.flatMap(cycles)
    }

    /// One finding per cycle, found by depth-first search in written order (so it is stable).
    private func cycles(in blueprint: Blueprint) -> [Diagnostic] {
        let steps = blueprint.steps
        var index: [String: Int] = [:]
        for (position, step) in steps.enumerated() where index[step.id.value] == nil { index[step.id.value] = position }
        let predecessors = steps.map { $0.after.compactMap { index[$0.value] } }
        enum Mark { case unvisited, onPath, done }
        var marks = [Mark](repeating: .unvisited, count: steps.count)
        var path: [Int] = []
        var findings: [Diagnostic] = []

        func visit(_ node: Int) {
            marks[node] = .onPath
            path.append(node)
            for next in predecessors[node] {
                switch marks[next] {
                case .unvisited: visit(next)
                case .onPath:
                    let loop = Array(path[path.firstIndex(of: next)!...])
                    let names = (loop + [next]).reversed().map { steps[$0].id.value }.joined(separator: " → ")
                    let first = loop.min()!
                    findings.append(finding(
                        "flow arrows form a cycle: \(names)", at: steps[first].id.range,
                        help: "a step that happens again is a new step with its own ID; remove one 'after' link"))
                case .done: break
                }
            }
            path.removeLast()
            marks[node] = .done
        }
        for node in steps.indices where marks[node] == .unvisited { visit(node) }
        return findings
    }
}
