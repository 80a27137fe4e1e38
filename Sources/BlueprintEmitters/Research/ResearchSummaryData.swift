import BlueprintAnalysis
import BlueprintModel

/// `blueprint research summary` as data: JSON (the summary's own structure, keys sorted) and CSV
/// in "long" form, one figure a row, so every figure is in one file a spreadsheet can pivot.
public enum ResearchSummaryData {
    public static func json(_ summary: ResearchSummary) -> String {
        JSONOutput.encode(summary)
    }

    /// The CSV's columns: which part of the summary, the thing measured (a participant, tag,
    /// theme, insight or study), what it is broken down by ("segment: citizen", "tag: follow-up",
    /// "age band: 65 and over"; empty for the whole), the measure, and its value.
    public static let csvHeader = ["section", "id", "breakdown", "measure", "value"]

    public static func csv(_ summary: ResearchSummary) -> String {
        CSV.document(header: csvHeader, rows: rows(summary))
    }

    static func rows(_ summary: ResearchSummary) -> [[String]] {
        var rows: [[String]] = []
        func add(_ section: String, _ id: String, _ breakdown: String = "", measure: String, _ value: String) {
            rows.append([section, id, breakdown, measure, value])
        }
        let totals = summary.totals
        for (measure, value) in [("studies", totals.studies), ("participants", totals.participants), ("sessions", totals.sessions),
                                 ("excerpts", totals.excerpts), ("comments", totals.comments), ("insights", totals.insights),
                                 ("recommendations", totals.recommendations)] {
            add("totals", summary.study ?? "", measure: measure, String(value))
        }
        for segment in summary.segments {
            add("segments", segment.segment, measure: "participants", String(segment.participants))
            add("segments", segment.segment, measure: "in a session", String(segment.interviewed))
            add("segments", segment.segment, measure: "excerpts", String(segment.excerpts))
        }
        for participant in summary.participants {
            add("participants", participant.participant, measure: "study", participant.study)
            add("participants", participant.participant, measure: "segment", participant.segment ?? "")
            add("participants", participant.participant, measure: "sessions", String(participant.sessions))
            add("participants", participant.participant, measure: "excerpts", String(participant.excerpts))
            add("participants", participant.participant, measure: "tags", String(participant.tags))
        }
        func bySegment(_ section: String, _ id: String, _ segments: [SegmentFrequency]) {
            for segment in segments {
                add(section, id, "segment: \(segment.segment)", measure: "excerpts", String(segment.excerpts))
                add(section, id, "segment: \(segment.segment)", measure: "participants", String(segment.participants))
            }
        }
        for tag in summary.tags {
            add("tags", tag.tag, measure: "name", tag.name)
            add("tags", tag.tag, measure: "theme", tag.theme ?? "")
            add("tags", tag.tag, measure: "excerpts", String(tag.excerpts))
            add("tags", tag.tag, measure: "participants", String(tag.participants))
            add("tags", tag.tag, measure: "comments", String(tag.comments))
            bySegment("tags", tag.tag, tag.bySegment)
        }
        for theme in summary.themes {
            add("themes", theme.theme, measure: "name", theme.name)
            add("themes", theme.theme, measure: "parent", theme.parent ?? "")
            add("themes", theme.theme, measure: "tags", String(theme.tags))
            add("themes", theme.theme, measure: "excerpts", String(theme.excerpts))
            add("themes", theme.theme, measure: "participants", String(theme.participants))
            add("themes", theme.theme, measure: "comments", String(theme.comments))
            add("themes", theme.theme, measure: "insights", String(theme.insights))
            bySegment("themes", theme.theme, theme.bySegment)
        }
        for excerpt in summary.untagged {
            add("untagged excerpts", excerpt.excerpt, measure: "session", excerpt.session)
            add("untagged excerpts", excerpt.excerpt, measure: "participant", excerpt.participant ?? "")
            add("untagged excerpts", excerpt.excerpt, measure: "location", excerpt.location)
        }
        for tag in summary.unusedTags {
            add("unused tags", tag.tag, measure: "theme", tag.theme ?? "")
            add("unused tags", tag.tag, measure: "location", tag.location)
        }
        for matrix in [summary.excerptCooccurrence, summary.participantCooccurrence] {
            for pair in matrix.pairs {
                add("co-occurrence", pair.first, "tag: \(pair.second)", measure: matrix.unit, String(pair.count))
            }
        }
        for strength in summary.evidence {
            add("evidence", strength.insight, measure: "excerpts", String(strength.excerpts))
            add("evidence", strength.insight, measure: "comments", String(strength.comments))
            add("evidence", strength.insight, measure: "participants", String(strength.participants.count))
            add("evidence", strength.insight, measure: "participant ids", strength.participants.joined(separator: " "))
            add("evidence", strength.insight, measure: "segments", String(strength.segments.count))
            add("evidence", strength.insight, measure: "sessions", String(strength.sessions))
            add("evidence", strength.insight, measure: "flag", strength.flag ?? "")
        }
        for report in summary.sampling {
            add("sampling", report.study, measure: "size", String(report.size))
            add("sampling", report.study, measure: "segment", report.segment ?? "")
            add("sampling", report.study, measure: "recruited", String(report.recruited))
            for attribute in report.attributes {
                for row in attribute.rows {
                    let breakdown = "\(attribute.name): \(row.label)"
                    if let share = row.share { add("sampling", report.study, breakdown, measure: "share %", number(share)) }
                    if let planned = row.planned { add("sampling", report.study, breakdown, measure: "planned", String(planned)) }
                    add("sampling", report.study, breakdown, measure: "recruited", String(row.recruited))
                    if let gap = row.gap { add("sampling", report.study, breakdown, measure: "gap", String(gap)) }
                }
            }
            for gap in report.gaps { add("sampling gaps", report.study, measure: "gap", gap) }
        }
        return rows
    }

    /// A number as a spreadsheet reads it: "30", "12.5".
    static func number(_ value: Double) -> String {
        String(SamplingTarget.percentText(value).dropLast())
    }
}
