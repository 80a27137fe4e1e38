import BlueprintDiagnostics
import BlueprintModel

/// A customer reaching out with nobody on the service's side answering.
struct CustomerStepWithoutResponseRule: Rule {
    static let description = RuleDescription(
        id: "BP030", name: "customer-step-without-response", stage: .design, severity: .warning,
        summary: "A customer step that contacts the service (it has a `channel`) has no front-stage step responding to it.",
        rationale: "Every contact crosses the line of interaction; if no front-stage step follows it, the blueprint is missing what the customer sees happen next — often exactly where 'nobody got back to me' begins. Add the front-stage step with `after:` pointing at the customer step. A customer step with no outgoing arrows counts as answered by a front-stage step in the same stage. A customer step that receives something (\"Receives the badge by post\", \"Badge is delivered by post\", \"Gets a letter\") is the service reaching the customer, not a contact, and needs no response.",
        triggering: [
            // Writing in, going in or getting through: each reaches out, and each is named in words.
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: apply\n    name: Apply\n    steps:\n      - id: ↓posts-form\n        lane: customer\n        channel: post\n        text: Posts the paper form to the council\n      - id: waits\n        lane: customer\n        text: Waits for a decision\n        after: [posts-form]\n",
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: apply\n    name: Apply\n    steps:\n      - id: ↓visits\n        lane: customer\n        channel: face-to-face\n        text: Gets in touch at the housing office\n      - id: waits\n        lane: customer\n        text: Waits for a decision\n        after: [visits]\n",
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: contact\n    name: Contact\n    steps:\n      - id: ↓calls\n        lane: customer\n        channel: phone\n        text: Calls to report the missed bin\n",
        ],
        nonTriggering: [
            // Receiving is not contacting, in the words designers use for it.
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: decision\n    name: Decision\n    steps:\n      - id: badge-arrives\n        lane: customer\n        channel: post\n        text: Receives the badge by post\n      - id: delivered\n        lane: customer\n        channel: post\n        text: Badge is delivered by post\n        after: [badge-arrives]\n      - id: letter\n        lane: customer\n        channel: letter\n        text: Gets a letter with the decision\n        after: [delivered]\n      - id: reads\n        lane: customer\n        channel: email\n        text: Reads the confirmation email\n        after: [letter]\n      - id: wears\n        lane: customer\n        text: Displays the badge\n        after: [reads]\n",
            "kind: blueprint\nid: b\ntitle: B\nstages:\n  - id: contact\n    name: Contact\n    steps:\n      - id: calls\n        lane: customer\n        channel: phone\n        text: Calls to report the missed bin\n      - id: answers\n        lane: frontstage\n        text: Agent logs the report\n        after: [calls]\n",
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        workspace.blueprints.flatMap { blueprint in
            let kinds = Dictionary(blueprint.lanes.map { ($0.id.value, $0.kind) }, uniquingKeysWith: { first, _ in first })
            let frontstage = blueprint.steps.filter { kinds[$0.lane.value] == .frontstage }
            let answered = Set(frontstage.flatMap { $0.after.map(\.value) })
            let hasFollowers = Set(blueprint.steps.flatMap { $0.after.map(\.value) })
            return blueprint.stages.flatMap { stage in
                let stageHasFrontstage = stage.steps.contains { kinds[$0.lane.value] == .frontstage }
                return stage.steps.compactMap { step -> Diagnostic? in
                    guard kinds[step.lane.value] == .customer, let channel = step.channel,
                          !CustomerContact.isReceiving(step.text.value),
                          !answered.contains(step.id.value),
                          hasFollowers.contains(step.id.value) || !stageHasFrontstage else { return nil }
                    return finding(
                        "customer step '\(step.id.value)' contacts the service \(CustomerContact.phrase(channel.value)), but no front-stage step responds",
                        at: step.id.range,
                        help: "add a front-stage step with 'after: [\(step.id.value)]' showing what the customer gets back")
                }
            }
        }
    }
}
