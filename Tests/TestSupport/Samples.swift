/// Inline documents the tests of more than one target use.
public enum Samples {
    /// A blueprint whose user text tries to break out of the SVG and the DOT it is drawn in
    /// (RenderTests draws it in-process, RenderCommandTests through `blueprint render`).
    public static let escapingBlueprint = """
    kind: blueprint
    id: report
    title: Report a <script>alert("x")</script> problem
    actors: [agent, crew]
    stages:
      - id: contact
        name: Contact & "more"
        steps:
          - {id: calls, lane: customer, channel: phone, text: Calls </text><script>bad()</script>, emotion: -1}
          - {id: logs, lane: frontstage, actor: agent, text: Logs it, after: [calls]}
          - {id: fixes, lane: backstage, actor: crew, text: Fixes it, after: [logs]}

    """

    /// A blueprint of `steps` steps over 20 stages, each step after up to `flows` earlier ones
    /// (as Tests/Performance/dense_blueprint.py writes, without its randomness): the layout budget
    /// is tested on it in-process (OutputSafetyTests) and through `blueprint render` (RenderCommandTests).
    public static func dense(steps: Int, flows: Int) -> String {
        var yaml = "kind: blueprint\nid: dense\ntitle: Dense\nstate: current\nlanes: [customer, frontstage]\nstages:\n"
        var written = 0
        for stage in 0..<20 {
            yaml += "  - id: st\(stage)\n    name: Stage \(stage)\n    steps:\n"
            for _ in 0..<(steps / 20 + (stage < steps % 20 ? 1 : 0)) {
                let after = (0..<flows).map { written - 1 - $0 }.filter { $0 >= 0 }.map { "s\($0)" }
                yaml += "      - {id: s\(written), lane: \(written % 2 == 0 ? "customer" : "frontstage"), text: Step \(written)"
                    + (after.isEmpty ? "" : ", after: [\(after.joined(separator: ", "))]") + "}\n"
                written += 1
            }
        }
        return yaml
    }
}
