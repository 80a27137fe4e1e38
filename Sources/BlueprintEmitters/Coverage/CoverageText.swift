import BlueprintDiagnostics
import BlueprintAnalysis
import BlueprintModel

/// `blueprint coverage` as text: the figures of `Coverage` in plain-text tables.
public enum CoverageText {
    /// Plain-text tables: the summary figures, stories by epic and by persona, then every story
    /// without criteria, every gap and every untested target with where it is written.
    public static func render(_ coverage: Coverage) -> String {
        let kinds = Coverage.targetKinds.map { kind in
            (kind, coverage.targets.filter { $0.kind == kind }.count)
        }
        var out = "Acceptance-criteria coverage: \(count(coverage.stories.count, "story", "stories")) in "
            + "\(count(coverage.epics.filter { $0.id != nil }.count, "epic", "epics")); "
            + kinds.map { count($0.1, $0.0.name, $0.0.plural) }.joined(separator: ", ") + "\n\n"

        out += TextTable(headers: ["Figure", "Covered", "Untested", "Gaps", "Total", "Coverage"], rows: coverage.figures.map { figure in
            [figure.label, String(figure.covered), figure.untested.map(String.init) ?? "—", String(figure.gaps), String(figure.total),
             Coverage.format(figure.percent)]
        }).render()
        out += "Covered: a story with acceptance criteria addresses it. Untested: only stories without criteria do. Gaps: no story does.\n"

        for (heading, column, name, groups) in [("Stories by epic", "Epic", "Title", coverage.epics),
                                                ("Stories by persona", "Persona", "Name", coverage.personas)] {
            out += "\n\(heading)\n"
            out += TextTable(headers: [column, name, "Stories", "With criteria", "Without", "Coverage"], rows: groups.map { group in
                [group.id ?? group.title, group.id == nil ? "" : Escape.singleLine(group.title, limit: 48), String(group.stories),
                 String(group.withCriteria), String(group.withoutCriteria.count), Coverage.format(group.percent)]
            }, alignments: [.left, .left, .right, .right, .right, .right]).render()
        }

        let untestedStories = coverage.stories.filter { $0.criteria == 0 }
        out += "\nStories without acceptance criteria\n"
        out += untestedStories.isEmpty ? "None.\n" : TextTable(headers: ["Story", "Epic", "Persona", "Where"], rows: untestedStories.map {
            [$0.id, $0.epic ?? "—", $0.persona ?? "—", "\($0.file):\($0.line)"]
        }, alignments: [.left, .left, .left, .left]).render()

        for (status, heading) in [(Coverage.Status.gap, "Gaps: addressed by no story"),
                                  (.untested, "Untested: addressed only by stories without acceptance criteria")] {
            let targets = coverage.targets.filter { $0.status == status }
            out += "\n\(heading)\n"
            out += targets.isEmpty ? "None.\n" : TextTable(
                headers: ["Kind", "ID", "Severity", status == .gap ? "Belongs to" : "Addressed by", "Text", "Where"],
                rows: targets.map { target in
                    [target.kind.name, target.id, target.severity?.rawValue ?? "—",
                     status == .gap ? target.owner ?? "—" : target.addressedBy.joined(separator: ", "),
                     Escape.singleLine(target.text, limit: 60), "\(target.file):\(target.line)"]
                }, alignments: Array(repeating: .left, count: 6)).render()
        }
        return out
    }

    static func count(_ number: Int, _ one: String, _ many: String) -> String { counted(number, one, plural: many) }
}
