import BlueprintModel

/// A blueprint as a draw.io file (mxfile / mxGraphModel), so a team opens it in diagrams.net,
/// Confluence or the VS Code draw.io extension and keeps editing it in a workshop. Lanes are
/// swimlane containers, stages are columns with a header each, steps are boxes in their cells
/// with their pain points as notes under them, flows are connectors. The grid is placed here,
/// not by Graphviz: we know every cell's size, and draw.io keeps a child inside its lane when
/// the lane is moved only if its coordinates are relative to it.
public enum DrawIO {
    /// The draw.io XML of `blueprint`; `personas` name its personas in the title.
    public static func file(_ blueprint: Blueprint, personas: [Persona]) -> String {
        var page = Page(blueprint, personas: personas)
        page.layOut()
        let title = Escape.xml(blueprint.title.shown)
        var out = "<mxfile host=\"ServiceBlueprint\" type=\"device\">\n"
        out += "  <diagram id=\"\(Escape.xml(blueprint.id.value))\" name=\"\(title)\">\n"
        out += "    <mxGraphModel grid=\"1\" gridSize=\"10\" guides=\"1\" tooltips=\"1\" connect=\"1\" arrows=\"1\" fold=\"1\" page=\"0\" math=\"0\" shadow=\"0\">\n"
        out += "      <root>\n        <mxCell id=\"0\"/>\n        <mxCell id=\"1\" parent=\"0\"/>\n"
        for cell in page.cells { out += "        " + cell.xml + "\n" }
        out += "      </root>\n    </mxGraphModel>\n  </diagram>\n</mxfile>\n"
        return out
    }

    /// One mxCell: a box (vertex) with its geometry, or a connector (edge) between two boxes.
    struct Cell {
        var id: String
        var parent: String
        /// The label as draw.io's HTML labels read it (`html=1`): already escaped for HTML.
        var label: String
        var style: String
        var geometry: (x: Int, y: Int, width: Int, height: Int)?
        var edge: (source: String, target: String)?

        var xml: String {
            var attributes = "id=\"\(Escape.xml(id))\" value=\"\(Escape.xml(label))\" style=\"\(Escape.xml(style))\" parent=\"\(Escape.xml(parent))\""
            if let edge {
                attributes += " edge=\"1\" source=\"\(Escape.xml(edge.source))\" target=\"\(Escape.xml(edge.target))\""
                return "<mxCell \(attributes)><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
            }
            let box = geometry ?? (0, 0, 0, 0)
            return "<mxCell \(attributes) vertex=\"1\"><mxGeometry x=\"\(box.x)\" y=\"\(box.y)\" width=\"\(box.width)\" height=\"\(box.height)\" as=\"geometry\"/></mxCell>"
        }
    }

    /// Sizes, in draw.io's pixels.
    enum Size {
        static let laneTitle = 150
        static let column = 220
        static let box = 190
        static let padding = 15
        static let gap = 10
        static let stageHeader = 60
        /// Characters per line in a box, for its height.
        static let columns = 30
        static let lineHeight = 16
    }

    /// The page being laid out: rows from top to bottom, each as tall as its fullest cell.
    struct Page {
        let blueprint: Blueprint
        let personas: [Persona]
        var cells: [Cell] = []
        private let painNumbers: [String: Int]

        init(_ blueprint: Blueprint, personas: [Persona]) {
            self.blueprint = blueprint
            self.personas = personas
            var numbers: [String: Int] = [:]
            for (offset, pain) in blueprint.painPoints.enumerated() where numbers[pain.id.value] == nil { numbers[pain.id.value] = offset + 1 }
            painNumbers = numbers
        }

        var width: Int { Size.laneTitle + blueprint.stages.count * Size.column }

        /// The title, its facts and the description, wrapped to the page's width.
        var titleHeight: Int {
            let columns = max(width / 7, 40)
            return 30 + Size.lineHeight * (1 + (blueprint.description.map { wrap($0.shown, width: columns).count } ?? 0))
        }

        mutating func layOut() {
            var facts = [blueprint.state == .current ? "Current state" : "Future state"]
            if let improves = blueprint.improves { facts.append("improves \(improves.value)") }
            let names = blueprint.personas.map { id in personas.first { $0.id.value == id.value }?.name.shown ?? id.value }
            if !names.isEmpty { facts.append("persona: \(names.joined(separator: ", "))") }
            let heading = "<b>\(Escape.html(blueprint.title.shown))</b><br><font style=\"font-size: 11px\">\(Escape.html(facts.joined(separator: " · ")))</font>"
            cells.append(Cell(id: ":title", parent: "1", label: heading + (blueprint.description.map { "<br><font style=\"font-size: 11px\">" + Escape.html($0.shown) + "</font>" } ?? ""),
                              style: "text;html=1;whiteSpace=wrap;align=left;verticalAlign=top;fontSize=16;", geometry: (0, 0, width, titleHeight)))
            var y = titleHeight + Size.gap
            // Stage headers, with the stage's own pain points under its name.
            let headerHeight = blueprint.stages.map { stage in Size.stageHeader + stage.pains.map { note(height: $0) + Size.gap }.reduce(0, +) }.max() ?? Size.stageHeader
            for (column, stage) in blueprint.stages.enumerated() {
                let x = Size.laneTitle + column * Size.column
                let name = "<b>\(Escape.html(stage.name.shown))</b>" + (stage.description.map { "<br><font style=\"font-size: 10px\">\(Escape.html($0.shown))</font>" } ?? "")
                cells.append(Cell(id: "stage:\(stage.id.value)", parent: "1", label: name,
                                  style: "rounded=0;whiteSpace=wrap;html=1;fillColor=\(Palette.header);fontColor=#FFFFFF;strokeColor=#FFFFFF;verticalAlign=top;",
                                  geometry: (x, y, Size.column, headerHeight)))
                var noteY = y + Size.stageHeader
                for pain in stage.pains {
                    cells.append(painNote(pain, parent: "1", x: x + (Size.column - Size.box) / 2, y: noteY))
                    noteY += note(height: pain) + Size.gap
                }
            }
            y += headerHeight
            let blueprint = self.blueprint
            for row in Drawing.rows(for: blueprint) {
                switch row {
                case .stageHeader, .emotion: continue
                case .line(let boundary):
                    cells.append(Cell(id: "line:\(boundary.rawValue)", parent: "1", label: Escape.html(boundary.name),
                                      style: "line;strokeWidth=1;dashed=1;html=1;fontSize=9;fontColor=\(Palette.line);strokeColor=\(Palette.line);align=left;verticalAlign=bottom;",
                                      geometry: (0, y, width, 20)))
                    y += 20
                case .lane(let lane):
                    y += swimlane(id: "lane:\(lane.id.value)", title: lane.name, fill: Palette.fill(lane.kind), y: y) { stage in
                        stage.steps.filter { $0.lane.value == lane.id.value }.map { .step($0) }
                    }
                case .changes:
                    y += swimlane(id: ":changes", title: "Changes needed", fill: Palette.changes, y: y) { stage in
                        blueprint.changes(in: stage).map { .text(id: $0.id.value, $0.text.shown) }
                    }
                case .measures:
                    y += swimlane(id: ":measures", title: "Measurement", fill: Palette.measures, y: y) { stage in
                        blueprint.measures(in: stage).map { .text(id: $0.id.value, $0.text.shown) }
                    }
                }
            }
            let kinds = blueprint.laneKinds
            for flow in blueprint.flows {
                let handOff = blueprint.isHandOff(flow, laneKinds: kinds)
                let color = handOff ? Palette.handOff : Palette.flow
                cells.append(Cell(id: "flow:\(flow.from.id.value):\(flow.to.id.value)", parent: "1", label: handOff ? "hand-off" : "",
                                  style: "edgeStyle=orthogonalEdgeStyle;rounded=1;html=1;endArrow=block;strokeColor=\(color);fontColor=\(color);strokeWidth=\(handOff ? 3 : 1);fontSize=9;",
                                  edge: (flow.from.id.value, flow.to.id.value)))
            }
        }

        /// What a cell holds: a step (with its pain points) or a change or measure.
        enum Item {
            case step(Step)
            case text(id: String, String)
        }

        /// A swimlane container across every stage; its items sit in their stage's column, one
        /// under another. Returns its height.
        mutating func swimlane(id: String, title: String, fill: String, y: Int, items: (Stage) -> [Item]) -> Int {
            var children: [Cell] = []
            var height = 0
            for (column, stage) in blueprint.stages.enumerated() {
                let x = Size.laneTitle + column * Size.column + (Size.column - Size.box) / 2
                var itemY = Size.padding
                for item in items(stage) {
                    switch item {
                    case .step(let step):
                        let boxHeight = box(height: label(of: step).lines)
                        children.append(Cell(id: step.id.value, parent: id, label: label(of: step).html,
                                             style: "rounded=1;whiteSpace=wrap;html=1;fillColor=#FFFFFF;strokeColor=#6B7280;align=left;spacingLeft=6;verticalAlign=top;",
                                             geometry: (x, itemY, Size.box, boxHeight)))
                        itemY += boxHeight + Size.gap
                        for pain in step.pains {
                            children.append(painNote(pain, parent: id, x: x, y: itemY))
                            itemY += note(height: pain) + Size.gap
                        }
                    case .text(let itemID, let text):
                        let boxHeight = box(height: wrap(text, width: Size.columns).count)
                        children.append(Cell(id: itemID, parent: id, label: Escape.html(text),
                                             style: "rounded=0;whiteSpace=wrap;html=1;fillColor=#FFFFFF;strokeColor=#9CA3AF;align=left;spacingLeft=6;",
                                             geometry: (x, itemY, Size.box, boxHeight)))
                        itemY += boxHeight + Size.gap
                    }
                }
                height = max(height, itemY - Size.gap + Size.padding)
            }
            height = max(height, 2 * Size.padding + Size.lineHeight * 2)
            cells.append(Cell(id: id, parent: "1", label: Escape.html(title),
                              style: "swimlane;horizontal=0;startSize=\(Size.laneTitle);html=1;whiteSpace=wrap;container=1;collapsible=0;fillColor=\(fill);swimlaneFillColor=\(fill);strokeColor=#9CA3AF;fontStyle=1;",
                              geometry: (0, y, width, height)))
            cells += children
            return height
        }

        /// A step's label: its text, then who, how and how long, and its emotion.
        func label(of step: Step) -> (html: String, lines: Int) {
            var facts: [String] = []
            if let actor = step.actor { facts.append(actor.shown) }
            if let channel = step.channel { facts.append(channel.shown) }
            if let wait = step.wait { facts.append("waits \(wait.value.text)") }
            if let duration = step.duration { facts.append("takes \(duration.value.text)") }
            if let emotion = step.emotion { facts.append("emotion \(emotion.value > 0 ? "+" : "")\(emotion.value)") }
            let shown = step.shownLines(width: Size.columns)
            let text = shown.count
            let more = facts.isEmpty ? 0 : wrap(facts.joined(separator: " · "), width: Size.columns + 6).count
            let body = step.lines.isEmpty ? Escape.html(step.text.shown) : step.lines.map { "• " + Escape.html($0.shown) }.joined(separator: "<br>")
            let html = body + (facts.isEmpty ? "" : "<br><font style=\"font-size: 10px\" color=\"\(Palette.muted)\">\(Escape.html(facts.joined(separator: " · ")))</font>")
            return (html, text + more)
        }

        func painNote(_ pain: PainPoint, parent: String, x: Int, y: Int) -> Cell {
            let number = painNumbers[pain.id.value].map { "P\($0) " } ?? ""
            return Cell(id: pain.id.value, parent: parent, label: "<b>\(number)\(pain.severity.rawValue)</b> \(Escape.html(pain.text.shown))",
                        style: "shape=note;size=10;whiteSpace=wrap;html=1;align=left;spacingLeft=6;fontSize=10;fillColor=#FFFFFF;strokeColor=\(Palette.severity(pain.severity));strokeWidth=2;",
                        geometry: (x, y, Size.box, note(height: pain)))
        }

        func box(height lines: Int) -> Int { 12 + max(lines, 1) * Size.lineHeight }
        func note(height pain: PainPoint) -> Int { box(height: wrap("P00 " + pain.severity.rawValue + " " + pain.text.shown, width: Size.columns + 4).count) }
    }
}
