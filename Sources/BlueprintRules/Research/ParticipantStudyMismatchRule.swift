import BlueprintDiagnostics
import BlueprintModel

/// A session of one study with a participant recruited for another.
struct ParticipantStudyMismatchRule: Rule {
    static let description = RuleDescription(
        id: "BP066", name: "participant-study-mismatch", stage: .research, severity: .error,
        summary: "A session lists a participant who belongs to another study.",
        rationale: """
            Participants consent to take part in one study, and each study's participants are counted against its \
            own sampling plan. A session that lists someone from another study either names the wrong study or \
            the wrong participant — or holds words nobody consented to for this study. Correct the session's \
            `study:` or `participants:`; someone who took part in both studies needs an entry (and consent) in \
            each study's participants, under a pseudonym of its own.
            """,
        triggering: [
            Example(ResearchExamples.study + """
                ---
                kind: study
                id: alpha
                title: Alpha testing
                ---
                kind: notes
                id: session-p01
                study: alpha
                participants: [↓P01]

                """),
        ],
        nonTriggering: [
            Example(ResearchExamples.session),
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        var studyOf: [String: Participant] = [:]
        for participant in workspace.participants where studyOf[participant.id.value] == nil {
            studyOf[participant.id.value] = participant
        }
        return workspace.sessions.flatMap { session in
            session.participants.compactMap { id -> Diagnostic? in
                guard let participant = studyOf[id.value], participant.study.value != session.study.value else { return nil }
                return finding(
                    "'\(id.value)' is a participant of study '\(participant.study.value)', but session '\(session.id.value)' belongs to study '\(session.study.value)'",
                    at: id.range,
                    notes: [.init("'\(id.value)' is listed here, in the participants of '\(participant.study.value)'", at: participant.id.range)],
                    help: "correct the session's 'study:' or 'participants:'; someone who took part in both studies needs an entry in each study's participants")
            }
        }
    }
}
