import BlueprintDiagnostics
import BlueprintModel

/// A step's `actor` that names nobody the workspace knows: most often a typo, which also
/// changes the hand-off count without a word.
public struct UnknownActorRule: Rule {
    public static let description = RuleDescription(
        id: "BP039", name: "unknown-actor", stage: .design, severity: .warning,
        summary: "A step's `actor` is neither a persona ID nor one of its blueprint's `actors`.",
        rationale: """
            Hand-offs are counted where the actor changes along an arrow, so a misspelt actor \
            (`asessment-officer`) silently adds hand-offs to the diagram and to `compare`. A step's actor is \
            a persona's ID, or a team, role or system the blueprint declares in its `actors:` list. The list \
            is the blueprint's own, so a blueprint's file says who acts in it and a copy of it (a future \
            state) carries its cast along; story `roles:` are who stories are written for, not a blueprint's \
            cast. One finding per actor and blueprint, at its first step, with the closest known actor; a \
            step without `actor` is done by its lane and is not checked.
            """,
        triggering: [
            Example("""
                kind: blueprint
                id: blue-badge
                title: Apply for a blue badge
                actors: [assessment-officer]
                stages:
                  - id: assess
                    name: Assess
                    steps:
                      - {id: checks, lane: backstage, actor: assessment-officer, text: Checks the evidence}
                      - {id: decides, lane: backstage, actor: ↓asessment-officer, text: Decides, after: [checks]}

                """),
            // Nothing declared: the typo is told apart from the actor used on more steps.
            Example("""
                kind: blueprint
                id: blue-badge
                title: Apply for a blue badge
                stages:
                  - id: assess
                    name: Assess
                    steps:
                      - {id: checks, lane: backstage, actor: ↓assessment-officer, text: Checks the evidence}
                      - {id: asks, lane: backstage, actor: assessment-officer, text: Asks for more, after: [checks]}
                      - {id: decides, lane: backstage, actor: asessment-officer, text: Decides, after: [asks]}

                """),
        ],
        nonTriggering: [
            Example("""
                kind: blueprint
                id: blue-badge
                title: Apply for a blue badge
                actors: [assessment-officer, case-system]
                stages:
                  - id: assess
                    name: Assess
                    steps:
                      - {id: applies, lane: customer, text: Applies online}
                      - {id: logs, lane: frontstage, actor: agent, text: Logs the application, after: [applies]}
                      - {id: checks, lane: backstage, actor: assessment-officer, text: Checks the evidence, after: [logs]}
                      - {id: records, lane: support, actor: case-system, text: Records the decision, after: [checks]}
                      - {id: posts, lane: support, text: Badge printed and posted, after: [records]}
                ---
                kind: persona
                id: agent
                name: Contact Centre Agent
                role: staff

                """),
        ])

    public init() {}

    public func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        let personas = Set(workspace.personas.map(\.id.value))
        return workspace.blueprints.flatMap { blueprint -> [Diagnostic] in
            let known = personas.union(blueprint.actors.map(\.value))
            var uses: [String: [Step]] = [:]
            var order: [String] = []
            for step in blueprint.steps {
                guard let actor = step.actor?.value, !known.contains(actor) else { continue }
                if uses[actor] == nil { order.append(actor) }
                uses[actor, default: []].append(step)
            }
            return order.map { actor in
                let steps = uses[actor]!
                // Another unknown spelling is suggested only when more steps use it: of two
                // spellings, the rarer is the typo.
                let likely = known.union(uses.filter { $0.value.count > steps.count }.map(\.key))
                // Closer than other did-you-means: 'bereavement-system' is not a typo of 'bereavement-officer'.
                let limit = actor.count >= 8 ? max(2, actor.count / 8) : 1
                let meant = Suggestion.closest(to: actor, in: likely.sorted())
                    .flatMap { Suggestion.editDistance(actor.lowercased(), $0.lowercased(), limit: limit) <= limit ? $0 : nil }
                var notes: [Diagnostic.Note] = []
                if steps.count > 1 { notes.append(.init("also the actor of \(counted(steps.count - 1, "other step"))", at: steps[1].actor?.range)) }
                if let meant {
                    let extra = extraHandOffs(blueprint, actor: actor, meant: meant)
                    if extra > 0 { notes.append(.init("as written, it makes \(counted(extra, "hand-off")) that '\(meant)' would not")) }
                }
                // `actors:` holds IDs, so an actor written in words has to become one first.
                let declare = actor.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
                    ? "add '\(actor)' to the blueprint's 'actors:', or write a persona with this ID"
                    : "write the actor as an ID (letters, digits and '-', such as 'crew-lead') and add it to the blueprint's 'actors:', or name a persona's ID"
                return Diagnostic(
                    ruleID: Self.description.id, severity: Self.description.severity,
                    message: "actor '\(actor)' of step '\(steps[0].id.value)' is not a persona or one of blueprint '\(blueprint.id.value)''s actors",
                    at: steps[0].actor!.range, notes: notes,
                    help: meant.map { "did you mean '\($0)'? Otherwise \(declare)" } ?? declare,
                    subject: .unknownReference(id: actor))
            }
        }
    }

    /// The actor a finding of this rule says nobody declares (its subject), or nil for other
    /// findings: the checker folds these like unknown references when a persona's file is unreadable.
    public static func undefinedTarget(_ diagnostic: Diagnostic) -> String? {
        guard diagnostic.ruleID == description.id, case .unknownReference(let id)? = diagnostic.subject else { return nil }
        return id
    }

    /// How many more hand-offs the blueprint has with `actor` than with `meant` in its place.
    private func extraHandOffs(_ blueprint: Blueprint, actor: String, meant: String) -> Int {
        var corrected = blueprint
        for stage in corrected.stages.indices {
            for step in corrected.stages[stage].steps.indices where corrected.stages[stage].steps[step].actor?.value == actor {
                corrected.stages[stage].steps[step].actor?.value = meant
            }
        }
        return blueprint.handOffs.count - corrected.handOffs.count
    }
}
