import Foundation
import Model

/// Draws a service blueprint as DOT: stages as columns, lanes as rows, the lines of
/// interaction, visibility and internal interaction between them, steps in their cells,
/// flow arrows (hand-offs between actors highlighted), numbered pain points, the customer's
/// emotion curve, a title and a legend.
///
/// The grid is built from invisible edges in a left-to-right layout: every cell of a row is
/// chained to the next column (keeping rows straight), and every column's cells are chained
/// top to bottom within one rank (keeping lanes in order). Flow arrows use
/// `constraint=false`, so they are drawn over the grid without moving it. No clusters are
/// used: they make Graphviz 2.43's rank assignment fail on some graphs.
public enum BlueprintDiagram {
    /// The DOT source for `blueprint`. Persona names come from `personas` when they match.
    public static func dot(_ blueprint: Blueprint, personas: [Persona] = []) -> String {
        Drawing(blueprint, personas: personas).dot()
    }
}

/// Sizes in points, chosen so that wrapped 10-point text fits the cell width.
private enum Metrics {
    static let cellWidth = 200
    static let headerWidth = 130
    static let contentWidth = 190
    static let wrapColumns = 34
    static let lineHeight = 13
    static let smallLineHeight = 11
    static let cellPadding = 10
}

private enum Palette {
    static func fill(_ kind: Lane.Kind) -> String {
        switch kind {
        case .evidence: "#F4F4F5"
        case .customer: "#FFF4CC"
        case .frontstage: "#DCEBFF"
        case .backstage: "#E2F3E0"
        case .support: "#ECE8F5"
        case .custom: "#F1F3F5"
        }
    }

    static func band(_ kind: Lane.Kind) -> String {
        switch kind {
        case .evidence: "#FAFAFA"
        case .customer: "#FFFBEB"
        case .frontstage: "#F1F7FF"
        case .backstage: "#F3FAF2"
        case .support: "#F7F5FB"
        case .custom: "#F8F9FA"
        }
    }

    static func severity(_ severity: PainPoint.Severity) -> String {
        switch severity {
        case .low: "#6B7280"
        case .medium: "#C2410C"
        case .high: "#B91C1C"
        case .critical: "#7F1D1D"
        }
    }

    static let changes = "#FFEDD5"
    static let measures = "#E0F2F1"
    static let header = "#1F2937"
    static let text = "#111827"
    static let muted = "#4B5563"
    static let flow = "#4B5563"
    static let handOff = "#D9480F"
    static let line = "#374151"
}

/// The three lines a service blueprint draws between its zones.
private enum Boundary: Int, CaseIterable {
    case interaction = 1, visibility, internalInteraction

    var name: String {
        switch self {
        case .interaction: "Line of interaction"
        case .visibility: "Line of visibility"
        case .internalInteraction: "Line of internal interaction"
        }
    }
}

private enum Row {
    case stageHeader
    case emotion
    case lane(Lane)
    case line(Boundary)
    case changes
    case measures
}

private struct Drawing {
    let blueprint: Blueprint
    let personas: [Persona]
    let rows: [Row]
    /// Pain point numbers, in the order pain points are written.
    let painNumbers: [String: Int]
    /// Where each step is drawn: the cell node, the port of its row in the cell's table, and
    /// its column.
    var stepPorts: [String: (node: String, port: String, row: Int, column: Int)] = [:]
    /// The actor of each step, for hand-off detection: its `actor`, else its lane.
    let actors: [String: String]
    let laneKinds: [String: Lane.Kind]

    init(_ blueprint: Blueprint, personas: [Persona]) {
        self.blueprint = blueprint
        self.personas = personas
        var numbers: [String: Int] = [:]
        for (offset, pain) in blueprint.painPoints.enumerated() where numbers[pain.id.value] == nil {
            numbers[pain.id.value] = offset + 1
        }
        painNumbers = numbers
        var kinds: [String: Lane.Kind] = [:]
        for lane in blueprint.lanes where kinds[lane.id.value] == nil { kinds[lane.id.value] = lane.kind }
        laneKinds = kinds
        var actors: [String: String] = [:]
        for step in blueprint.steps { actors[step.id.value] = step.actor?.value ?? step.lane.value }
        self.actors = actors
        rows = Drawing.rows(for: blueprint)
        for (rowIndex, row) in rows.enumerated() {
            guard case .lane(let lane) = row else { continue }
            for (column, stage) in blueprint.stages.enumerated() {
                for (offset, step) in stage.steps.enumerated() where step.lane.value == lane.id.value {
                    stepPorts[step.id.value] = (cellName(rowIndex, column), "s\(offset)", rowIndex, column)
                }
            }
        }
    }

    /// Rows top to bottom: stage headings, the emotion curve, lanes with the lines between
    /// their zones, then changes and measures when there are any.
    static func rows(for blueprint: Blueprint) -> [Row] {
        var rows: [Row] = [.stageHeader]
        let customerLanes = Set(blueprint.lanes.filter { $0.kind == .customer }.map(\.id.value))
        if blueprint.steps.contains(where: { $0.emotion != nil && customerLanes.contains($0.lane.value) }) {
            rows.append(.emotion)
        }
        var zone: Int?
        for lane in blueprint.lanes {
            let laneZone = zoneOf(lane.kind) ?? zone ?? 0
            if let previous = zone, laneZone > previous {
                for boundary in Boundary.allCases where boundary.rawValue > previous && boundary.rawValue <= laneZone {
                    rows.append(.line(boundary))
                }
            }
            rows.append(.lane(lane))
            zone = max(zone ?? laneZone, laneZone)
        }
        if blueprint.stages.contains(where: { !blueprint.changes(in: $0).isEmpty }) { rows.append(.changes) }
        if blueprint.stages.contains(where: { !blueprint.measures(in: $0).isEmpty }) { rows.append(.measures) }
        return rows
    }

    /// 0 above the line of interaction … 3 below the line of internal interaction; custom lanes
    /// belong to the zone of the lane above them.
    static func zoneOf(_ kind: Lane.Kind) -> Int? {
        switch kind {
        case .evidence, .customer: 0
        case .frontstage: 1
        case .backstage: 2
        case .support: 3
        case .custom: nil
        }
    }

    func cellName(_ row: Int, _ column: Int) -> String { "r\(row)c\(column + 1)" }
    func headerName(_ row: Int) -> String { "r\(row)c0" }
    func endName(_ row: Int) -> String { "r\(row)end" }

    // MARK: - DOT

    func dot() -> String {
        var out = "digraph blueprint {\n"
        out += "  graph [rankdir=LR, newrank=true, nodesep=0.08, ranksep=0.18, splines=spline, bgcolor=\"white\",\n"
        out += "         fontname=\"Helvetica\", labelloc=t, labeljust=l, pad=0.3,\n"
        out += "         label=<\(titleLabel())>];\n"
        out += "  node [shape=plain, fontname=\"Helvetica\", fontsize=10, fontcolor=\"\(Palette.text)\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=9, color=\"\(Palette.flow)\", arrowsize=0.7];\n\n"

        let rowHeights = rows.indices.map(rowHeight)
        for (index, row) in rows.enumerated() {
            out += "  // \(rowComment(row))\n"
            out += "  \(headerName(index)) [label=<\(rowHeaderLabel(row, height: rowHeights[index]))>];\n"
            for column in blueprint.stages.indices {
                out += "  \(cellName(index, column)) [\(cellAttributes(row, column: column, height: rowHeights[index]))];\n"
            }
            if case .line = row { out += "  \(endName(index)) [shape=point, width=0.01, height=0.01, color=\"\(Palette.line)\"];\n" }
        }

        out += "\n  // Grid: rows kept straight, lanes kept in order.\n"
        for (index, row) in rows.enumerated() {
            var chain = [headerName(index)] + blueprint.stages.indices.map { cellName(index, $0) }
            if case .line = row { chain.append(endName(index)) }
            let style = if case .line = row {
                "[style=dashed, penwidth=1.4, color=\"\(Palette.line)\", arrowhead=none, weight=100]"
            } else {
                "[style=invis, weight=100]"
            }
            out += "  " + chain.joined(separator: " -> ") + " \(style);\n"
        }
        for column in -1..<blueprint.stages.count {
            let names = rows.indices.map { column < 0 ? headerName($0) : cellName($0, column) }
            out += "  { rank=same; " + names.joined(separator: " -> ") + " [style=invis]; }\n"
        }

        out += "\n  // Flow arrows between steps; a change of actor away from the customer is a hand-off.\n"
        out += flowEdges()
        out += emotionCurve()
        out += "}\n"
        return out
    }

    func rowComment(_ row: Row) -> String {
        switch row {
        case .stageHeader: "Stage headings"
        case .emotion: "Customer emotion"
        case .lane(let lane): "Lane \(lane.id.value.filter { $0.isLetter || $0.isNumber || $0 == "-" })"
        case .line(let boundary): boundary.name
        case .changes: "Changes needed"
        case .measures: "Measurement"
        }
    }

    // MARK: Title and legend

    func titleLabel() -> String {
        let state = blueprint.state == .current ? "Current state" : "Future state"
        var facts = [state]
        if let improves = blueprint.improves { facts.append("improves \(improves.value)") }
        if let service = blueprint.service { facts.append("service: \(service.value)") }
        let names = blueprint.personas.map { id in personas.first { $0.id.value == id.value }?.name.value ?? id.value }
        if !names.isEmpty { facts.append("persona: \(names.joined(separator: ", "))") }
        facts.append("\(blueprint.stages.count) stages")
        facts.append("\(blueprint.steps.count) steps")
        facts.append("\(painNumbers.count) pain points")
        facts.append("\(handOffs().count) hand-offs")
        var label = "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">"
        label += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"20\"><B>\(Escape.html(blueprint.title.value))</B></FONT></TD></TR>"
        label += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\" COLOR=\"\(Palette.muted)\">\(Escape.html(facts.joined(separator: " · ")))</FONT></TD></TR>"
        if let description = blueprint.description {
            for line in wrap(description.value, width: 160) {
                label += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\">\(Escape.html(line))</FONT></TD></TR>"
            }
        }
        label += "<TR><TD ALIGN=\"LEFT\">\(legend())</TD></TR></TABLE>"
        return label
    }

    func legend() -> String {
        var cells = "<TD><FONT POINT-SIZE=\"9\"><B>Legend</B></FONT></TD>"
        for kind in Lane.Kind.allCases where blueprint.lanes.contains(where: { $0.kind == kind }) {
            cells += "<TD BGCOLOR=\"\(Palette.fill(kind))\" BORDER=\"1\" COLOR=\"#9CA3AF\"><FONT POINT-SIZE=\"9\">\(kind == .custom ? "other row" : Escape.html(kind.standardName.lowercased()))</FONT></TD>"
        }
        cells += "<TD><FONT POINT-SIZE=\"9\" COLOR=\"\(Palette.flow)\">→ flow</FONT></TD>"
        cells += "<TD><FONT POINT-SIZE=\"9\" COLOR=\"\(Palette.handOff)\"><B>→ hand-off between actors</B></FONT></TD>"
        cells += "<TD BGCOLOR=\"\(Palette.severity(.high))\"><FONT POINT-SIZE=\"9\" COLOR=\"white\"><B> P1 </B></FONT></TD>"
        cells += "<TD><FONT POINT-SIZE=\"9\">pain point (colour = severity)</FONT></TD>"
        cells += "<TD><FONT POINT-SIZE=\"9\" COLOR=\"\(Palette.line)\">- - - lines of interaction, visibility, internal interaction</FONT></TD>"
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
        let lines = wrap(title, width: 18).map(Escape.html).joined(separator: "<BR ALIGN=\"LEFT\"/>")
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
            var content = "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"white\" POINT-SIZE=\"12\"><B>\(lines(stage.name.value))</B></FONT></TD></TR>"
            if let description = stage.description {
                content += "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"#E5E7EB\" POINT-SIZE=\"9\">\(lines(description.value))</FONT></TD></TR>"
            }
            return "label=<\(table(fill: Palette.header, height: height, content))>"
        case .emotion:
            return "label=<\(emotionTable(column: column))>"
        case .lane(let lane):
            return "label=<\(table(fill: Palette.band(lane.kind), height: height, laneContent(lane, stage: stage)))>"
        case .changes:
            let items = blueprint.changes(in: stage).map { ($0.id.value, $0.text.value) }
            return "label=<\(table(fill: Palette.changes, height: height, listContent(items)))>"
        case .measures:
            let items = blueprint.measures(in: stage).map { ($0.id.value, $0.text.value) }
            return "label=<\(table(fill: Palette.measures, height: height, listContent(items)))>"
        }
    }

    func table(fill: String, height: Int, _ content: String) -> String {
        let body = content.isEmpty ? "<TR><TD> </TD></TR>" : content
        return "<TABLE BORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"4\" BGCOLOR=\"\(fill)\" WIDTH=\"\(Metrics.cellWidth)\" HEIGHT=\"\(height)\">\(body)</TABLE>"
    }

    func lines(_ text: String, width: Int = Metrics.wrapColumns) -> String {
        wrap(text, width: width).map(Escape.html).joined(separator: "<BR ALIGN=\"LEFT\"/>") + "<BR ALIGN=\"LEFT\"/>"
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
            content += "<TR><TD PORT=\"s\(offset)\" WIDTH=\"\(Metrics.contentWidth)\" BGCOLOR=\"\(Palette.fill(lane.kind))\" BORDER=\"1\" COLOR=\"#9CA3AF\" ALIGN=\"LEFT\" BALIGN=\"LEFT\" TOOLTIP=\"\(Escape.html(step.id.value))\">"
            content += lines(step.text.value)
            let details = stepDetails(step)
            if !details.isEmpty {
                content += "<FONT POINT-SIZE=\"8\" COLOR=\"\(Palette.muted)\">\(lines(details, width: 44))</FONT>"
            }
            content += "</TD></TR>"
            content += step.pains.map(painRow).joined()
            previous = step.id.value
        }
        // Pain points of the stage as a whole sit in the first customer lane.
        if lane.kind == .customer, blueprint.lanes.first(where: { $0.kind == .customer })?.id == lane.id {
            content += stage.pains.map(painRow).joined()
        }
        return content
    }

    func stepDetails(_ step: Step) -> String {
        var details: [String] = []
        if let actor = step.actor { details.append(actorName(actor.value)) }
        if let channel = step.channel { details.append(channel.value) }
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
        return "<TR><TD WIDTH=\"\(Metrics.contentWidth)\" ALIGN=\"LEFT\" BALIGN=\"LEFT\" BGCOLOR=\"#FEF2F2\" BORDER=\"1\" COLOR=\"\(color)\" TOOLTIP=\"\(Escape.html(pain.id.value))\">"
            + "<FONT COLOR=\"\(color)\" POINT-SIZE=\"9\"><B>P\(number) \(pain.severity.rawValue)</B><BR ALIGN=\"LEFT\"/>\(lines(pain.text.value, width: 40))</FONT></TD></TR>"
    }

    func listContent(_ items: [(id: String, text: String)]) -> String {
        items.map { item in
            "<TR><TD WIDTH=\"\(Metrics.contentWidth)\" ALIGN=\"LEFT\" BALIGN=\"LEFT\" BGCOLOR=\"white\" BORDER=\"1\" COLOR=\"#9CA3AF\" TOOLTIP=\"\(Escape.html(item.id))\"><FONT POINT-SIZE=\"9\">\(lines(item.text, width: 40))</FONT></TD></TR>"
        }.joined()
    }

    // MARK: Emotion

    /// The rounded mean emotion of a stage's customer steps, if any has one.
    func emotion(of stage: Stage) -> Int? {
        let values = stage.steps.filter { laneKinds[$0.lane.value] == .customer }.compactMap(\.emotion?.value)
        guard !values.isEmpty else { return nil }
        let mean = Double(values.reduce(0, +)) / Double(values.count)
        return Int(mean.rounded(.toNearestOrAwayFromZero))
    }

    /// Five stacked dots from +2 to −2 with the stage's level filled; ports let the curve's
    /// edges join the filled dots across columns.
    func emotionTable(column: Int) -> String {
        let level = emotion(of: blueprint.stages[column])
        var rows = ""
        for value in stride(from: 2, through: -2, by: -1) {
            let filled = value == level
            let color = value > 0 ? "#15803D" : value < 0 ? "#B91C1C" : "#6B7280"
            let mark = filled ? "<FONT COLOR=\"\(color)\" POINT-SIZE=\"11\">●</FONT>" : "<FONT COLOR=\"#D1D5DB\" POINT-SIZE=\"7\">·</FONT>"
            rows += "<TR><TD PORT=\"e\(value + 2)\" FIXEDSIZE=\"TRUE\" WIDTH=\"20\" HEIGHT=\"14\">\(mark)</TD></TR>"
        }
        return "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\" WIDTH=\"\(Metrics.cellWidth)\">\(rows)</TABLE>"
    }

    func emotionCurve() -> String {
        guard let row = rows.firstIndex(where: { if case .emotion = $0 { true } else { false } }) else { return "" }
        let points = blueprint.stages.indices.compactMap { column in emotion(of: blueprint.stages[column]).map { (column, $0) } }
        var out = "\n  // Emotion curve.\n"
        // Only neighbouring stages are joined: a stage without emotions leaves a gap in the curve.
        for (from, to) in zip(points, points.dropFirst()) where to.0 == from.0 + 1 {
            let color = to.1 > from.1 ? "#15803D" : to.1 < from.1 ? "#B91C1C" : "#6B7280"
            out += "  \(cellName(row, from.0)):e\(from.1 + 2) -> \(cellName(row, to.0)):e\(to.1 + 2) [constraint=false, arrowhead=none, style=bold, color=\"\(color)\"];\n"
        }
        return out
    }

    // MARK: Flow

    /// Flow arrows between steps whose actors differ and neither is the customer's.
    func handOffs() -> [(from: Step, to: Step)] {
        flows().filter { isHandOff($0.from, $0.to) }
    }

    func isHandOff(_ from: Step, _ to: Step) -> Bool {
        laneKinds[from.lane.value] != .customer && laneKinds[to.lane.value] != .customer
            && actors[from.id.value] != actors[to.id.value]
    }

    /// Every `after` link whose both ends are drawn, in written order.
    func flows() -> [(from: Step, to: Step)] {
        let byID = Dictionary(blueprint.steps.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        return blueprint.steps.flatMap { step in
            step.after.compactMap { target in byID[target.value].map { (from: $0, to: step) } }
        }
    }

    func flowEdges() -> String {
        var out = ""
        for (from, to) in flows() {
            guard let source = stepPorts[from.id.value], let target = stepPorts[to.id.value] else { continue }
            // Steps in one cell are joined by the "↓" inside the cell, not a looping edge.
            guard source.node != target.node else { continue }
            // `style=bold`, not `penwidth`: Graphviz 2.43 misreads penwidth on an edge between
            // neighbours in one rank as an arrow type.
            let style = isHandOff(from, to) ? "color=\"\(Palette.handOff)\", style=bold" : "color=\"\(Palette.flow)\""
            // An arrow to a later stage takes part in ranking with no weight: it agrees with the
            // grid, and dot then routes it between the cells instead of around the diagram.
            // Arrows within a stage or back in time must not move the grid.
            if target.column > source.column {
                out += "  \(source.node):\(source.port) -> \(target.node):\(target.port) [weight=0, \(style)];\n"
                continue
            }
            // Leaving from the bottom (or top) and arriving at the top (or bottom) gives the
            // router a clear path; without it Graphviz sometimes fails to route (and says so).
            let (tail, head) = source.row < target.row ? ("s", "n") : source.row > target.row ? ("n", "s") : ("e", "w")
            out += "  \(source.node):\(source.port):\(tail) -> \(target.node):\(target.port):\(head) [constraint=false, \(style)];\n"
        }
        return out
    }

    // MARK: Sizes

    /// The height every cell of a row gets: enough for the fullest cell, estimated from wrapped
    /// line counts so the rows line up across columns.
    func rowHeight(_ index: Int) -> Int {
        let row = rows[index]
        let heights = blueprint.stages.indices.map { column -> Int in
            let stage = blueprint.stages[column]
            switch row {
            case .stageHeader:
                return textHeight(stage.name.value, Metrics.lineHeight + 4) + 12
                    + (stage.description.map { textHeight($0.value, Metrics.smallLineHeight) + 12 } ?? 0)
            case .emotion, .line:
                return 0
            case .lane(let lane):
                return stage.steps.filter { $0.lane.value == lane.id.value }.reduce(0) { total, step in
                    let details = stepDetails(step)
                    return total + textHeight(step.text.value, Metrics.lineHeight) + Metrics.cellPadding + 14
                        + (details.isEmpty ? 0 : wrap(details, width: 44).count * Metrics.smallLineHeight)
                        + step.pains.reduce(0) { $0 + textHeight($1.text.value, Metrics.smallLineHeight, width: 40) + 24 }
                } + (lane.kind == .customer ? stage.pains.reduce(0) { $0 + textHeight($1.text.value, Metrics.smallLineHeight, width: 40) + 24 } : 0)
            case .changes:
                return blueprint.changes(in: stage).reduce(0) { $0 + textHeight($1.text.value, Metrics.smallLineHeight, width: 40) + 14 }
            case .measures:
                return blueprint.measures(in: stage).reduce(0) { $0 + textHeight($1.text.value, Metrics.smallLineHeight, width: 40) + 14 }
            }
        }
        return max(heights.max() ?? 0, 36) + Metrics.cellPadding
    }

    func textHeight(_ text: String, _ lineHeight: Int, width: Int = Metrics.wrapColumns) -> Int {
        wrap(text, width: width).count * lineHeight
    }
}
