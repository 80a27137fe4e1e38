import BlueprintDiagnostics
import BlueprintModel

/// A channel that is almost, but not quite, a common one: most likely a typo.
struct ChannelTypoRule: Rule {
    /// Channels designers name most; any other channel is fine unless it is one letter off these.
    static let commonChannels = [
        "phone", "web", "website", "email", "e-mail", "app", "letter", "post", "face-to-face", "in person",
        "webchat", "chat", "text message", "sms", "social media", "online", "online account", "any",
    ]

    static let description = RuleDescription(
        id: "BP035", name: "channel-typo", stage: .design, severity: .warning,
        summary: "A step's channel is a near miss of a common channel (phnoe for phone).",
        rationale: "Channels are free text, so compare and reports group steps by the words written. A near miss of a common channel splits one channel in two; the help names the channel it probably meant.",
        triggering: [
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: contact\n    name: Contact\n    steps:\n      - id: calls\n        lane: customer\n        channel: ↓phnoe\n        text: Calls the council\n      - id: answers\n        lane: frontstage\n        text: Agent answers\n        after: [calls]\n",
        ],
        nonTriggering: [
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: contact\n    name: Contact\n    steps:\n      - id: calls\n        lane: customer\n        channel: phone\n        text: Calls the council\n      - id: visits\n        lane: customer\n        channel: housing office\n        text: Visits the office\n      - id: answers\n        lane: frontstage\n        text: Agent answers\n        after: [calls, visits]\n",
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        // Workspaces repeat a handful of channels thousands of times: judge each spelling once.
        var verdicts: [String: String?] = [:]
        var findings: [Diagnostic] = []
        for blueprint in workspace.blueprints {
            for stage in blueprint.stages {
                for step in stage.steps {
                    guard let channel = step.channel else { continue }
                    let meant = verdicts[channel.value] ?? {
                        let verdict = Self.commonChannels.contains(channel.value.lowercased())
                            ? nil : Suggestion.closest(to: channel.value, in: Self.commonChannels)
                        verdicts[channel.value] = verdict
                        return verdict
                    }()
                    guard let meant else { continue }
                    findings.append(finding(
                        "channel '\(channel.value)' of step '\(step.id.value)' looks like a typo of '\(meant)'",
                        at: channel.range, help: "write '\(meant)', so the step is counted with the other \(meant) steps"))
                }
            }
        }
        return findings
    }
}
