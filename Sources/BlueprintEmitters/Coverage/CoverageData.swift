import BlueprintAnalysis
import BlueprintModel
import Foundation

/// `blueprint coverage` as data: the figures of `Coverage` as JSON or CSV.
public enum CoverageData {
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
                Target(kind: $0.kind.name, id: $0.id, text: $0.text, severity: $0.severity?.rawValue, owner: $0.owner,
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
            row(target.kind.name, id: target.id, title: Escape.singleLine(target.text), owner: target.owner ?? "", severity: target.severity?.rawValue ?? "",
                status: target.status.rawValue, stories: target.addressedBy, at: "\(target.file):\(target.line)")
        }
        return CSV.document(header: header, rows: rows)
    }
}
