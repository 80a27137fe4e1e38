import BlueprintAnalysis
import BlueprintModel

/// `blueprint research summary` as text: one section per figure, each a table. Only IDs and
/// counts, never what anyone said.
public enum ResearchSummaryText {
    /// The most tags a co-occurrence matrix shows in text, so it fits a terminal; CSV and JSON
    /// hold every tag.
    public static let matrixLimit = 12
    /// The most frequent pairs listed under each matrix.
    public static let pairLimit = 10

    public static func render(_ summary: ResearchSummary) -> String {
        [heading(summary), participants(summary), tags(summary), themes(summary), untagged(summary), unused(summary),
         matrix(summary.excerptCooccurrence, title: "Tags on the same excerpt"),
         matrix(summary.participantCooccurrence, title: "Tags on the same participant, across their excerpts"),
         evidence(summary)] .joined(separator: "\n")
            + summary.sampling.map { "\n" + sampling($0) }.joined()
    }

    static func heading(_ summary: ResearchSummary) -> String {
        let totals = summary.totals
        let counts = [(totals.studies, "study", "studies"), (totals.participants, "participant", "participants"),
                      (totals.sessions, "session", "sessions"), (totals.excerpts, "excerpt", "excerpts"),
                      (totals.comments, "comment", "comments"), (totals.insights, "insight", "insights"),
                      (totals.recommendations, "recommendation", "recommendations")]
            .map { count, one, many in "\(count) \(count == 1 ? one : many)" }
        return "Research summary" + (summary.study.map { ": study \($0)" } ?? "") + "\n" + counts.joined(separator: ", ") + "\n"
    }

    static func section(_ title: String, _ body: String) -> String { "\(title)\n\n\(body)" }

    static func participants(_ summary: ResearchSummary) -> String {
        guard !summary.participants.isEmpty else { return section("Participants", "none\n") }
        let bySegment = TextTable(
            headers: ["Segment", "Participants", "In a session", "Excerpts"],
            rows: summary.segments.map { [$0.segment, String($0.participants), String($0.interviewed), String($0.excerpts)] })
        let each = TextTable(
            headers: ["Participant", "Segment", "Sessions", "Excerpts", "Tags"],
            rows: summary.participants.map { [$0.participant, $0.segment ?? "—", String($0.sessions), String($0.excerpts), String($0.tags)] },
            alignments: [.left, .left, .right, .right, .right])
        return section("Participants by segment", bySegment.render()) + "\n" + each.render()
    }

    static func tags(_ summary: ResearchSummary) -> String {
        guard !summary.tags.isEmpty else { return section("Tags", "none\n") }
        let segments = summary.segments.map(\.segment)
        let table = TextTable(
            headers: ["Tag", "Theme", "Excerpts", "Participants"] + segments + ["Comments"],
            rows: summary.tags.map { tag in
                [tag.tag, tag.theme ?? "—", String(tag.excerpts), String(tag.participants)]
                    + tag.bySegment.map { String($0.participants) } + [String(tag.comments)]
            },
            alignments: [.left, .left] + Array(repeating: .right, count: segments.count + 3))
        return section("Tags" + (segments.isEmpty ? "" : " (segment columns count participants)"), table.render())
    }

    static func themes(_ summary: ResearchSummary) -> String {
        guard !summary.themes.isEmpty else { return section("Themes", "none\n") }
        let segments = summary.segments.map(\.segment)
        let table = TextTable(
            headers: ["Theme", "Tags", "Excerpts", "Participants"] + segments + ["Comments", "Insights"],
            rows: summary.themes.map { theme in
                [String(repeating: "  ", count: theme.depth) + theme.theme, String(theme.tags), String(theme.excerpts),
                 String(theme.participants)] + theme.bySegment.map { String($0.participants) }
                    + [String(theme.comments), String(theme.insights)]
            },
            alignments: [.left] + Array(repeating: .right, count: segments.count + 5))
        let note = segments.isEmpty ? "" : "; segment columns count participants"
        return section("Themes (a tag counts towards its theme and every theme around it\(note))", table.render())
    }

    static func untagged(_ summary: ResearchSummary) -> String {
        guard !summary.untagged.isEmpty else { return section("Untagged excerpts", "none\n") }
        let table = TextTable(headers: ["Excerpt", "Session", "Participant", "Location"],
                              rows: summary.untagged.map { [$0.excerpt, $0.session, $0.participant ?? "—", $0.location] },
                              alignments: [.left, .left, .left, .left])
        return section("Untagged excerpts (\(summary.untagged.count))", table.render())
    }

    static func unused(_ summary: ResearchSummary) -> String {
        guard !summary.unusedTags.isEmpty else { return section("Unused tags", "none\n") }
        let table = TextTable(headers: ["Tag", "Theme", "Location"],
                              rows: summary.unusedTags.map { [$0.tag, $0.theme ?? "—", $0.location] },
                              alignments: [.left, .left, .left])
        return section("Unused tags (\(summary.unusedTags.count))", table.render())
    }

    /// The matrix with numbered columns (tag IDs are too wide to head them), over the most used
    /// tags, then the most frequent pairs over every tag.
    static func matrix(_ matrix: TagMatrix, title: String) -> String {
        guard !matrix.tags.isEmpty else { return section(title, "none\n") }
        let ranked = matrix.tags.indices.sorted { (matrix.counts[$0][$0], $1) > (matrix.counts[$1][$1], $0) }
        let shown = ranked.prefix(matrixLimit).sorted()
        let table = TextTable(
            headers: ["Tag"] + shown.indices.map { String($0 + 1) },
            rows: shown.enumerated().map { number, row in
                ["\(number + 1) \(matrix.tags[row])"] + shown.map { column in
                    let count = matrix.counts[row][column]
                    return count == 0 ? "." : String(count)
                }
            },
            alignments: [.left] + Array(repeating: .right, count: shown.count))
        var body = table.render()
        if shown.count < matrix.tags.count {
            body += "(the \(shown.count) most used of \(matrix.tags.count) tags; --format csv or json has every tag)\n"
        }
        let pairs = matrix.mostFrequentPairs.prefix(pairLimit)
        body += "\nMost frequent pairs (\(matrix.unit)):" + (pairs.isEmpty ? " none\n" : "\n")
        body += pairs.map { "  \($0.count)  \($0.first) + \($0.second)\n" }.joined()
        return section(title + " (diagonal: the tag's own count)", body)
    }

    static func evidence(_ summary: ResearchSummary) -> String {
        guard !summary.evidence.isEmpty else { return section("Evidence strength", "none\n") }
        let table = TextTable(
            headers: ["Insight", "Excerpts", "Comments", "Participants", "Segments", "Sessions", "Flag"],
            rows: summary.evidence.map {
                [$0.insight, String($0.excerpts), String($0.comments), String($0.participants.count),
                 String($0.segments.count), String($0.sessions), $0.flag ?? "—"]
            },
            alignments: [.left, .right, .right, .right, .right, .right, .left])
        var body = table.render()
        let single = summary.singleParticipantInsights
        body += "\nResting on one participant: "
            + (single.isEmpty ? "none" : single.map { "\($0.insight) (\($0.participants[0]))" }.joined(separator: ", ")) + "\n"
        return section("Evidence strength", body)
    }

    static func sampling(_ report: SamplingReport) -> String {
        let counted = report.segment.map { ", \($0) participants only" } ?? ""
        var body = "planned \(report.size)\(counted); recruited \(report.recruited)\n"
        for attribute in report.attributes {
            let table = TextTable(
                headers: [attribute.name, "Share", "Planned", "Recruited", "Gap"],
                rows: attribute.rows.map { row in
                    [row.label, row.share.map(SamplingTarget.percentText) ?? "—", row.planned.map(String.init) ?? "—",
                     String(row.recruited), row.gap.map { $0 > 0 ? "+\($0)" : String($0) } ?? "—"]
                },
                alignments: [.left, .right, .right, .right, .right])
            body += "\n" + table.render()
            if abs(attribute.totalPercent - 100) > 0.5 {
                body += "(shares add up to \(SamplingTarget.percentText(attribute.totalPercent)); planned in proportion to them)\n"
            }
        }
        body += "\nGaps:" + (report.gaps.isEmpty ? " none, recruitment matches the plan\n" : "\n")
        body += report.gaps.map { "- \($0)\n" }.joined()
        return section("Sampling: study \(report.study)", body)
    }
}
