import BlueprintDiagnostics
import Foundation
import BlueprintAnalysis
import BlueprintModel

extension Drawing {
    // MARK: Title and legend

    func titleLabel() -> String {
        let state = blueprint.state == .current ? "Current state" : "Future state"
        var facts = [state]
        if let improves = blueprint.improves { facts.append("improves \(improves.value)") }
        if let service = blueprint.service { facts.append("service: \(service.shown)") }
        let names = blueprint.personas.map { id in personas.first { $0.id.value == id.value }?.name.shown ?? id.value }
        if !names.isEmpty { facts.append("persona: \(names.joined(separator: ", "))") }
        facts.append(counted(blueprint.stages.count, "stage"))
        facts.append(counted(blueprint.steps.count, "step"))
        facts.append(counted(painNumbers.count, "pain point"))
        facts.append(counted(blueprint.handOffs.count, "hand-off"))
        var label = "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">"
        // Wrapped to the grid's width (about 11 points a character at 20 points, 6 at 10), so a
        // long title does not widen the canvas and push the diagram into its right half.
        let gridWidth = Metrics.headerWidth + blueprint.stages.count * Metrics.cellWidth
        for line in wrap(blueprint.title.shown, width: max(30, gridWidth / 11)) {
            label += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"20\"><B>\(Escape.dotHTML(line))</B></FONT></TD></TR>"
        }
        label += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\" COLOR=\"\(Palette.muted)\">\(Escape.dotHTML(facts.joined(separator: " · ")))</FONT></TD></TR>"
        if let description = blueprint.description {
            for line in wrap(description.shown, width: max(60, gridWidth / 6)) {
                label += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\">\(Escape.dotHTML(line))</FONT></TD></TR>"
            }
        }
        label += "<TR><TD ALIGN=\"LEFT\">\(legend())</TD></TR></TABLE>"
        return label
    }

    func legend() -> String {
        var cells = "<TD><FONT POINT-SIZE=\"9\"><B>Legend</B></FONT></TD>"
        for kind in Lane.Kind.allCases where blueprint.lanes.contains(where: { $0.kind == kind }) {
            cells += "<TD BGCOLOR=\"\(Palette.fill(kind))\" BORDER=\"1\" COLOR=\"#9CA3AF\"><FONT POINT-SIZE=\"9\">\(kind == .custom ? "other row" : Escape.dotHTML(kind.standardName.lowercased()))</FONT></TD>"
        }
        // Only what this diagram shows: a legend entry for a mark that is nowhere is noise.
        if !blueprint.flows.isEmpty {
            cells += "<TD><FONT POINT-SIZE=\"9\" COLOR=\"\(Palette.flow)\">→ flow</FONT></TD>"
        }
        if !blueprint.handOffs.isEmpty {
            cells += "<TD><FONT POINT-SIZE=\"9\" COLOR=\"\(Palette.handOff)\"><B>→ hand-off between actors</B></FONT></TD>"
        }
        if let worst = blueprint.painPoints.map(\.severity).max() {
            cells += "<TD BGCOLOR=\"\(Palette.severity(worst))\"><FONT POINT-SIZE=\"9\" COLOR=\"white\"><B> P1 </B></FONT></TD>"
            cells += "<TD><FONT POINT-SIZE=\"9\">pain point (colour = severity)</FONT></TD>"
        }
        let lines = rows.compactMap { row -> String? in if case .line(let boundary) = row { boundary.name.lowercased() } else { nil } }
        if !lines.isEmpty {
            let names = lines.map { $0.replacingOccurrences(of: "line of ", with: "") }
            cells += "<TD><FONT POINT-SIZE=\"9\" COLOR=\"\(Palette.line)\">- - - line\(lines.count == 1 ? "" : "s") of \(Escape.dotHTML(names.joined(separator: ", ")))</FONT></TD>"
        }
        if rows.contains(where: { if case .emotion = $0 { true } else { false } }) {
            cells += "<TD><FONT POINT-SIZE=\"9\">● emotion curve (+2 delighted … −2 distressed)</FONT></TD>"
        }
        return "<TABLE BORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"3\"><TR>\(cells)</TR></TABLE>"
    }

    // MARK: Row headers and cells

    func rowHeaderLabel(_ row: Row, height: Int) -> String {
        let (title, fill, fontColor): (String, String, String) = switch row {
        case .stageHeader: ("Stage", Palette.header, "white")
        case .emotion: ("Customer emotion", "#FFFFFF", Palette.text)
        case .lane(let lane): (lane.name, Palette.fill(lane.kind), Palette.text)
        case .line(let boundary): (boundary.name, "#FFFFFF", Palette.line)
        case .changes: ("Changes needed", Palette.changes, Palette.text)
        case .measures: ("Measurement", Palette.measures, Palette.text)
        }
        let lines = wrap(title, width: 18).map(Escape.dotHTML).joined(separator: "<BR ALIGN=\"LEFT\"/>")
        if case .line = row {
            return "<TABLE BORDER=\"0\" CELLPADDING=\"2\" WIDTH=\"\(Metrics.headerWidth)\"><TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\" COLOR=\"\(fontColor)\"><I>\(lines)</I></FONT></TD></TR></TABLE>"
        }
        return "<TABLE BORDER=\"0\" CELLPADDING=\"6\" BGCOLOR=\"\(fill)\" WIDTH=\"\(Metrics.headerWidth)\" HEIGHT=\"\(height)\"><TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT COLOR=\"\(fontColor)\"><B>\(lines)</B></FONT></TD></TR></TABLE>"
    }

    func cellAttributes(_ row: Row, column: Int, height: Int) -> String {
        let stage = blueprint.stages[column]
        switch row {
        case .line:
            return "shape=point, width=0.01, height=0.01, color=\"\(Palette.line)\""
        case .stageHeader:
            var content = "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"white\" POINT-SIZE=\"12\"><B>\(lines(stage.name.shown))</B></FONT></TD></TR>"
            if let description = stage.description {
                content += "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"#E5E7EB\" POINT-SIZE=\"9\">\(lines(description.shown))</FONT></TD></TR>"
            }
            // Pain points of the stage as a whole belong to the stage, not to any one step.
            if !stage.pains.isEmpty {
                content += "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"#E5E7EB\" POINT-SIZE=\"8\"><I>the whole stage:</I></FONT></TD></TR>"
                content += stage.pains.map(painRow).joined()
            }
            return "label=<\(table(fill: Palette.header, height: height, content))>"
        case .emotion:
            return "label=<\(emotionTable(column: column))>"
        case .lane(let lane):
            return "label=<\(table(fill: Palette.band(lane.kind), height: height, laneContent(lane, stage: stage)))>"
        case .changes:
            let items = blueprint.changes(in: stage).map { ($0.id.value, $0.text.shown) }
            return "label=<\(table(fill: Palette.changes, height: height, listContent(items)))>"
        case .measures:
            let items = blueprint.measures(in: stage).map { ($0.id.value, $0.text.shown) }
            return "label=<\(table(fill: Palette.measures, height: height, listContent(items)))>"
        }
    }

    func table(fill: String, height: Int, _ content: String) -> String {
        let body = content.isEmpty ? "<TR><TD> </TD></TR>" : content
        return "<TABLE BORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"4\" BGCOLOR=\"\(fill)\" WIDTH=\"\(Metrics.cellWidth)\" HEIGHT=\"\(height)\">\(body)</TABLE>"
    }

    func lines(_ text: String, width: Int = Metrics.wrapColumns) -> String {
        lines(wrapped: wrap(text, width: width))
    }

    /// Lines already wrapped, each ending left-aligned.
    func lines(wrapped: [String]) -> String {
        wrapped.map(Escape.dotHTML).joined(separator: "<BR ALIGN=\"LEFT\"/>") + "<BR ALIGN=\"LEFT\"/>"
    }

    /// A lane's steps in one stage, each with its details and pain points; a "↓" between two
    /// steps of the same cell stands for the flow arrow between them.
    func laneContent(_ lane: Lane, stage: Stage) -> String {
        var content = ""
        let steps = stage.steps.enumerated().filter { $0.element.lane.value == lane.id.value }
        var previous: String?
        for (offset, step) in steps {
            if let previous, step.after.contains(where: { $0.value == previous }) {
                content += "<TR><TD><FONT POINT-SIZE=\"9\" COLOR=\"\(Palette.flow)\">↓</FONT></TD></TR>"
            }
            content += "<TR><TD PORT=\"s\(offset)\" WIDTH=\"\(Metrics.contentWidth)\" BGCOLOR=\"\(Palette.fill(lane.kind))\" BORDER=\"1\" COLOR=\"#9CA3AF\" ALIGN=\"LEFT\" BALIGN=\"LEFT\" TOOLTIP=\"\(Escape.dotHTML(step.id.value))\">"
            content += lines(wrapped: step.shownLines(width: Metrics.wrapColumns))
            let details = stepDetails(step)
            if !details.isEmpty {
                content += "<FONT POINT-SIZE=\"8\" COLOR=\"\(Palette.muted)\">\(lines(details, width: 44))</FONT>"
            }
            content += "</TD></TR>"
            content += step.pains.map(painRow).joined()
            previous = step.id.value
        }
        return content
    }

    func stepDetails(_ step: Step) -> String {
        var details: [String] = []
        if let actor = step.actor { details.append(Redaction.displayText(actorName(actor.value))) }
        if let channel = step.channel { details.append(channel.shown) }
        if let wait = step.wait { details.append("waits \(wait.value.text)") }
        if let duration = step.duration { details.append("takes \(duration.value.text)") }
        if let emotion = step.emotion { details.append("feels \(emotion.value > 0 ? "+" : "")\(emotion.value)") }
        return details.joined(separator: " · ")
    }

    /// A persona's name for a persona ID; an ID-like role ("service-team") in words ("Service team").
    func actorName(_ actor: String) -> String {
        if let persona = personas.first(where: { $0.id.value == actor }) { return persona.name.value }
        guard !actor.contains(" "), actor.contains("-") || actor.contains("_") else { return actor }
        let words = actor.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    func painRow(_ pain: PainPoint) -> String {
        let number = painNumbers[pain.id.value] ?? 0
        let color = Palette.severity(pain.severity)
        return "<TR><TD WIDTH=\"\(Metrics.contentWidth)\" ALIGN=\"LEFT\" BALIGN=\"LEFT\" BGCOLOR=\"#FEF2F2\" BORDER=\"1\" COLOR=\"\(color)\" TOOLTIP=\"\(Escape.dotHTML(pain.id.value))\">"
            + "<FONT COLOR=\"\(color)\" POINT-SIZE=\"9\"><B>P\(number) \(pain.severity.rawValue)</B><BR ALIGN=\"LEFT\"/>\(lines(pain.text.shown, width: 40))</FONT></TD></TR>"
    }

    func listContent(_ items: [(id: String, text: String)]) -> String {
        items.map { item in
            "<TR><TD WIDTH=\"\(Metrics.contentWidth)\" ALIGN=\"LEFT\" BALIGN=\"LEFT\" BGCOLOR=\"white\" BORDER=\"1\" COLOR=\"#9CA3AF\" TOOLTIP=\"\(Escape.dotHTML(item.id))\"><FONT POINT-SIZE=\"9\">\(lines(item.text, width: 40))</FONT></TD></TR>"
        }.joined()
    }
}
