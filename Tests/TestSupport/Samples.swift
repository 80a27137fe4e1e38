/// Inline documents the tests of more than one target use.
public enum Samples {
    /// A blueprint whose user text tries to break out of the SVG and the DOT it is drawn in
    /// (RenderTests draws it in-process, RenderCommandTests through `blueprint render`).
    public static let escapingBlueprint = """
    kind: blueprint
    id: report
    title: Report a <script>alert("x")</script> problem
    stages:
      - id: contact
        name: Contact & "more"
        steps:
          - {id: calls, lane: customer, channel: phone, text: Calls </text><script>bad()</script>, emotion: -1}
          - {id: logs, lane: frontstage, actor: agent, text: Logs it, after: [calls]}
          - {id: fixes, lane: backstage, actor: crew, text: Fixes it, after: [logs]}

    """
}
