import Foundation
import BlueprintModel

struct Drawing {
    let blueprint: Blueprint
    let personas: [Persona]
    let rows: [Row]
    /// Pain point numbers, in the order pain points are written.
    let painNumbers: [String: Int]
    /// Where each step is drawn: the cell node, the port of its row in the cell's table, and
    /// its column.
    var stepPorts: [String: (node: String, port: String, row: Int, column: Int)] = [:]
    let laneKinds: [String: Lane.Kind]

    init(_ blueprint: Blueprint, personas: [Persona]) {
        self.blueprint = blueprint
        self.personas = personas
        var numbers: [String: Int] = [:]
        for (offset, pain) in blueprint.painPoints.enumerated() where numbers[pain.id.value] == nil {
            numbers[pain.id.value] = offset + 1
        }
        painNumbers = numbers
        laneKinds = blueprint.laneKinds
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
        // The graph's name is the SVG's root <title>: what a screen reader announces first.
        var out = "digraph \(Escape.dotString(blueprint.title.shown)) {\n"
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
}
