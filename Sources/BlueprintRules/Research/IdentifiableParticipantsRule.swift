import BlueprintDiagnostics
import BlueprintModel

/// Participants who are unique on what is recorded about them (k-anonymity k = 1): the segment
/// and every attribute value together fit nobody else in the study, so a reader who knows the
/// area can pick them out of a shared copy even without a name. A participant with no attributes
/// is not counted: nothing recorded about them can be coarsened.
struct IdentifiableParticipantsRule: Rule {
    static let description = RuleDescription(
        id: "BP070", name: "identifiable-participants", stage: .research, severity: .warning,
        summary: "Some of a study's participants are unique on their segment and attributes (k-anonymity k = 1).",
        rationale: """
            Pseudonyms are not enough: 'the one disabled Pakistani man over 65 who owns his home' is one person to \
            anyone who knows the area. The workspace itself may hold this detail for analysis; a copy that leaves \
            the research team should not. `blueprint research export --redact --k 3` coarsens or drops attributes \
            until every participant shares them with at least two others, and says what it changed. See \
            docs/PRIVACY.md.
            """,
        triggering: [
            """
            kind: study
            id: discovery
            title: Discovery
            ---
            ↓kind: participants
            study: discovery
            participants:
              - {id: P01, segment: citizen, attributes: {age band: under 25}}
              - {id: P02, segment: citizen, attributes: {age band: 65 and over}}

            """,
        ],
        nonTriggering: [
            """
            kind: study
            id: discovery
            title: Discovery
            ---
            kind: participants
            study: discovery
            participants:
              - {id: P01, segment: citizen, attributes: {age band: under 25}}
              - {id: P02, segment: citizen, attributes: {age band: under 25}}

            """,
            Example(ResearchExamples.study),
        ])

    init() {}

    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        workspace.participantLists.compactMap { list -> Diagnostic? in
            // Everyone the study records, from every list of it: a twin in another file still hides one.
            let everyone = workspace.participants.filter { $0.study.value == list.study.value }
            guard everyone.contains(where: { !$0.attributes.isEmpty }) else { return nil }
            var sizes: [[String]: Int] = [:]
            for participant in everyone { sizes[Self.key(of: participant), default: 0] += 1 }
            // With nothing recorded but the segment, there is nothing to coarsen: the study's design says as much.
            let unique = list.participants.filter { sizes[Self.key(of: $0)] == 1 && !$0.attributes.isEmpty }
            // One finding per study, at its first list.
            guard !unique.isEmpty, workspace.participantLists.first(where: { $0.study.value == list.study.value })?.range == list.range
            else { return nil }
            let total = everyone.filter { sizes[Self.key(of: $0)] == 1 && !$0.attributes.isEmpty }.count
            return finding(
                "\(total) of study '\(list.study.value)''s \(counted(everyone.count, "participant")) \(total == 1 ? "is" : "are") unique on their segment and attributes (k = 1), e.g. \(unique[0].id.value)",
                at: list.range,
                help: "share the study only as 'blueprint research export --redact --k 3', which coarsens or drops attributes until each participant shares them with at least two others")
        }
    }

    /// The segment and the attribute values, names lower-cased, in name order.
    private static func key(of participant: Participant) -> [String] {
        [participant.segment?.value.rawValue ?? ""]
            + participant.attributes.map { ($0.name.value.lowercased(), $0.value.value) }.sorted { $0.0 < $1.0 }.flatMap { [$0.0, $0.1] }
    }
}
