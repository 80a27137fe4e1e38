import BlueprintDiagnostics
import BlueprintModel

/// An excerpt whose speaker cannot be known: its session has several participants, or none.
struct ExcerptNeedsParticipantRule: Rule {
    static let description = RuleDescription(
        id: "BP064", name: "excerpt-needs-participant", stage: .research, severity: .error,
        summary: "An excerpt from a session with several participants (or none) does not say who said it.",
        rationale: """
            In a one-to-one session an excerpt is the participant's; in a group it could be anyone's. Without \
            `participant:` nobody can tell whether the words may be quoted (consent is each person's own) or count \
            them towards a participant and a segment, so the summary's evidence strength would be guesswork. Add \
            `participant:` with the ID of the person who said it.
            """,
        triggering: [
            Example(ResearchExamples.study + """
                ---
                kind: notes
                id: group-1
                study: discovery
                participants: [P01, P02]
                excerpts:
                  - id: ↓q-black-hole
                    text: Things just go into a big black hole

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
                    participant: P01

                """),
            Example(ResearchExamples.session),
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        workspace.sessions.filter { $0.participants.count != 1 }.flatMap { session in
            session.excerpts.filter { $0.participant == nil }.map { excerpt in
                let ids = session.participants.map(\.value)
                return ids.isEmpty
                    ? finding("excerpt '\(excerpt.id.value)' does not say who said it, and session '\(session.id.value)' lists no participants",
                              at: excerpt.id.range,
                              help: "list who took part in the session's 'participants:', and add 'participant:' to excerpts of group sessions")
                    : finding("excerpt '\(excerpt.id.value)' does not say who said it: session '\(session.id.value)' has \(ids.count) participants",
                              at: excerpt.id.range,
                              help: "add 'participant:' with one of \(alternatives(ids))")
            }
        }
    }
}
