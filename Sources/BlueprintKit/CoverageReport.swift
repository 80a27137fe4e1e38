import BlueprintAnalysis
import BlueprintEmitters
import BlueprintModel

/// `blueprint coverage` output: the figures of `Coverage` as text tables, JSON or CSV.
public enum CoverageReport {
    /// Output formats.
    public enum Format: String, Sendable, CaseIterable {
        case text, json, csv
    }

    /// The report in `format`.
    public static func render(_ coverage: Coverage, format: Format) -> String {
        switch format {
        case .text: text(coverage)
        case .json: json(coverage)
        case .csv: csv(coverage)
        }
    }

    /// Plain-text tables: the summary figures, stories by epic and by persona, then every story
    /// without criteria, every gap and every untested target with where it is written.
    public static func text(_ coverage: Coverage) -> String {
        let kinds = Coverage.TargetKind.allCases.map { kind in
            (kind, coverage.targets.filter { $0.kind == kind }.count)
        }
        var out = "Acceptance-criteria coverage: \(count(coverage.stories.count, "story", "stories")) in "
            + "\(count(coverage.epics.filter { $0.id != nil }.count, "epic", "epics")); "
            + kinds.map { count($0.1, $0.0.rawValue, $0.0.rawValue + "s") }.joined(separator: ", ") + "\n\n"

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
                    [target.kind.rawValue, target.id, target.severity?.rawValue ?? "—",
                     status == .gap ? target.owner ?? "—" : target.addressedBy.joined(separator: ", "),
                     Escape.singleLine(target.text, limit: 60), "\(target.file):\(target.line)"]
                }, alignments: Array(repeating: .left, count: 6)).render()
        }
        return out
    }

    static func count(_ number: Int, _ one: String, _ many: String) -> String { "\(number) \(number == 1 ? one : many)" }

    /// A percentage rounded to a tenth, so JSON does not carry float noise.
    static func rounded(_ value: Double?) -> Double? { value.map { ($0 * 10).rounded() / 10 } }

    /// Every figure, group, story and target as JSON (keys sorted, percentages to a tenth).
    public static func json(_ coverage: Coverage) -> String {
        struct Figure: Encodable {
            var name: String, label: String, covered: Int, untested: Int?, gaps: Int, total: Int, percent: Double?
        }
        struct Group: Encodable {
            var id: String?, title: String, stories: Int, withCriteria: Int, withoutCriteria: [String], percent: Double?
        }
        struct StoryEntry: Encodable {
            var id: String, epic: String?, persona: String?, criteria: Int, file: String, line: Int
        }
        struct Target: Encodable {
            var kind: String, id: String, text: String, severity: String?, owner: String?, status: String
            var addressedBy: [String], file: String, line: Int
        }
        struct Output: Encodable {
            var figures: [Figure], epics: [Group], personas: [Group], stories: [StoryEntry], targets: [Target]
        }
        func group(_ group: Coverage.StoryGroup) -> Group {
            Group(id: group.id, title: group.title, stories: group.stories, withCriteria: group.withCriteria,
                  withoutCriteria: group.withoutCriteria, percent: rounded(group.percent))
        }
        return JSONOutput.encode(Output(
            figures: coverage.figures.map {
                Figure(name: $0.name.rawValue, label: $0.label, covered: $0.covered, untested: $0.untested, gaps: $0.gaps,
                       total: $0.total, percent: rounded($0.percent))
            },
            epics: coverage.epics.map(group), personas: coverage.personas.map(group),
            stories: coverage.stories.map {
                StoryEntry(id: $0.id, epic: $0.epic, persona: $0.persona, criteria: $0.criteria, file: $0.file, line: $0.line)
            },
            targets: coverage.targets.map {
                Target(kind: $0.kind.rawValue, id: $0.id, text: $0.text, severity: $0.severity?.rawValue, owner: $0.owner,
                       status: $0.status.rawValue, addressedBy: $0.addressedBy, file: $0.file, line: $0.line)
            }))
    }

    /// One table for a spreadsheet: a row per summary figure, epic, persona, story and target,
    /// told apart by `section`; columns that do not apply to a section are empty (docs/BACKLOG.md).
    public static func csv(_ coverage: Coverage) -> String {
        let header = ["section", "id", "title", "owner", "epic", "persona", "severity", "status", "criteria",
                      "covered", "untested", "gaps", "total", "percent", "stories", "where"]
        func number(_ value: Double?) -> String { rounded(value).map { String(format: "%.1f", $0) } ?? "" }
        func row(_ section: String, id: String, title: String = "", owner: String = "", epic: String = "", persona: String = "", severity: String = "",
                 status: String = "", criteria: String = "", covered: String = "", untested: String = "", gaps: String = "",
                 total: String = "", percent: String = "", stories: [String] = [], at place: String = "") -> [String] {
            [section, id, title, owner, epic, persona, severity, status, criteria, covered, untested, gaps, total, percent,
             stories.joined(separator: " "), place]
        }
        var rows = coverage.figures.map { figure in
            row("summary", id: figure.name.rawValue, title: figure.label, covered: String(figure.covered),
                untested: figure.untested.map(String.init) ?? "", gaps: String(figure.gaps), total: String(figure.total),
                percent: number(figure.percent))
        }
        for (section, groups) in [("epic", coverage.epics), ("persona", coverage.personas)] {
            rows += groups.map { group in
                row(section, id: group.id ?? "", title: group.title, covered: String(group.withCriteria),
                    gaps: String(group.withoutCriteria.count), total: String(group.stories), percent: number(group.percent),
                    stories: group.withoutCriteria)
            }
        }
        rows += coverage.stories.map { story in
            row("story", id: story.id, epic: story.epic ?? "", persona: story.persona ?? "",
                status: story.criteria > 0 ? "with criteria" : "without criteria", criteria: String(story.criteria),
                at: "\(story.file):\(story.line)")
        }
        rows += coverage.targets.map { target in
            row(target.kind.rawValue, id: target.id, title: Escape.singleLine(target.text), owner: target.owner ?? "", severity: target.severity?.rawValue ?? "",
                status: target.status.rawValue, stories: target.addressedBy, at: "\(target.file):\(target.line)")
        }
        return CSV.document(header: header, rows: rows)
    }
}
