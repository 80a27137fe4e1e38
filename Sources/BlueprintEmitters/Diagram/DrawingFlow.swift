import Foundation
import BlueprintModel

extension Drawing {
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

    func flowEdges() -> String {
        var out = ""
        for flow in blueprint.flows {
            let (from, to) = (flow.from, flow.to)
            guard let source = stepPorts[from.id.value], let target = stepPorts[to.id.value] else { continue }
            // Steps in one cell are joined by the "↓" inside the cell, not a looping edge.
            guard source.node != target.node else { continue }
            // `style=bold`, not `penwidth`: Graphviz 2.43 misreads penwidth on an edge between
            // neighbours in one rank as an arrow type.
            let style = blueprint.isHandOff(flow, laneKinds: laneKinds) ? "color=\"\(Palette.handOff)\", style=bold" : "color=\"\(Palette.flow)\""
            // An arrow to a later stage takes part in ranking with no weight: it agrees with the
            // grid, and dot then routes it between the cells instead of around the diagram.
            // Arrows within a stage or back in time must not move the grid.
            if target.column > source.column {
                out += "  \(source.node):\(source.port) -> \(target.node):\(target.port) [weight=0, \(style)];\n"
                continue
            }
            // Arrows leave and arrive at the sides of a step's box, never its top or bottom:
            // a step's box shares its cell with the steps above and below it, so an arrow out of
            // its bottom would run over them (`svg-crossings` counted 398 such crossings in a
            // 1 MB generated workspace). Within a stage both ends face the gutter to the right;
            // back in time, the arrow leaves towards the earlier stage and arrives from the later
            // one. Compass points also give the router a clear path; without them Graphviz
            // sometimes fails to route (and says so).
            let (tail, head) = source.column == target.column ? ("e", "e") : ("w", "e")
            out += "  \(source.node):\(source.port):\(tail) -> \(target.node):\(target.port):\(head) [constraint=false, \(style)];\n"
        }
        return out
    }
}
