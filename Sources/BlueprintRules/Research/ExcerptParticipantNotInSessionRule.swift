import BlueprintDiagnostics
import BlueprintModel

/// An excerpt attributed to someone who was not in its session.
struct ExcerptParticipantNotInSessionRule: Rule {
    static let description = RuleDescription(
        id: "BP063", name: "excerpt-participant-not-in-session", stage: .research, severity: .error,
        summary: "An excerpt's participant is not one of its session's participants.",
        rationale: """
            Words are attributed to the person who said them: their consent decides whether they may be quoted, \
            and their segment and attributes decide how the research summary counts them. An excerpt naming \
            someone the session does not list is either misattributed or the session's list is incomplete; both \
            make those figures, and the consent check, wrong. Correct the excerpt's `participant:`, or add the \
            participant to the session's `participants:`.
            """,
        triggering: [
            Example(ResearchExamples.study + """
                ---
                kind: notes
                id: session-p01
                study: discovery
                participants: [P01]
                excerpts:
                  - id: q-black-hole
                    text: Things just go into a big black hole
                    participant: ↓P02

                """),
        ],
        nonTriggering: [
            Example(ResearchExamples.study + """
                ---
                kind: notes
                id: group-1
                study: discovery
                participants: [P01, P02]
                excerpts:
                  - id: q-black-hole
                    text: Things just go into a big black hole
                    participant: P02

                """),
            // An unknown participant is reported once, by unknown-reference (BP021), not here too.
            Example(ResearchExamples.study + """
                ---
                kind: notes
                id: session-p01
                study: discovery
                participants: [P01]
                excerpts:
                  - id: q-black-hole
                    text: Things just go into a big black hole
                    participant: P09

                """),
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        workspace.sessions.flatMap { session in
            let present = session.participants.map(\.value)
            return session.excerpts.compactMap { excerpt -> Diagnostic? in
                // Unknown IDs are unknown-reference findings already; this rule is about known people.
                guard excerpt.participantWritten, let participant = excerpt.participant,
                      !present.contains(participant.value),
                      symbols.definition(of: participant.value)?.kind == .participant else { return nil }
                let listed = present.isEmpty ? "lists no participants" : "lists \(present.joined(separator: ", "))"
                let help = Suggestion.didYouMean(participant.value, in: present).map { "\($0) Otherwise add" }
                    ?? "add"
                return finding(
                    "excerpt '\(excerpt.id.value)' is attributed to '\(participant.value)', who is not a participant of session '\(session.id.value)'",
                    at: participant.range,
                    notes: [.init("session '\(session.id.value)' \(listed)", at: session.participants.first?.range ?? session.id.range)],
                    help: "\(help) '\(participant.value)' to the session's 'participants:', or correct the excerpt's 'participant:'")
            }
        }
    }
}
