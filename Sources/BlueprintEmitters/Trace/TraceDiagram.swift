import BlueprintAnalysis
import Foundation
import BlueprintModel

/// Draws a trace as DOT, left to right along the chain: one column per chain level (evidence,
/// insights, steps, pain points and needs, recommendations, changes, stories, acceptance
/// criteria), each node shaped and coloured by its kind, the traced element outlined, and the
/// relation written on every chain edge.
///
/// Blueprints, stages and personas are not drawn as nodes: where an element sits is written in
/// its label ("missed-bin-current › Contact"). That keeps the graph free of clusters, which make
/// Graphviz 2.43's rank assignment fail when labelled edges cross them; `newrank` is set for the
/// same reason. Every piece of user text goes through `Escape`.
public enum TraceDiagram {
    /// The DOT source of `trace`.
    public static func dot(_ trace: Trace) -> String {
        let drawn = trace.nodes.filter { !$0.kind.isContainer }
        let names = Set(drawn.map(\.id))
        var out = "digraph trace {\n"
        out += "  graph [rankdir=LR, newrank=true, ranksep=0.55, nodesep=0.22, pad=0.25, bgcolor=\"white\", "
            + "fontname=\"Helvetica\", labelloc=t, labeljust=l, label=<\(title(trace))>];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=10, shape=box, style=\"rounded,filled\", color=\"#9CA3AF\", "
            + "fontcolor=\"\(Colours.text)\", margin=\"0.12,0.06\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#6B7280\", fontcolor=\"#4B5563\", arrowsize=0.7];\n"

        for node in drawn {
            let look = Look(node.kind)
            var attributes = ["label=<\(label(node))>", "shape=\(look.shape)", "style=\"\(look.style)\"", "fillcolor=\"\(look.fill)\""]
            if trace.root != nil, trace.positions[node.id] == .traced {
                attributes += ["color=\"\(Colours.highlight)\"", "penwidth=3"]
            } else if let border = look.border {
                attributes.append("color=\"\(border)\"")
            }
            out += "  \(Escape.dotString(node.id)) [\(attributes.joined(separator: ", "))];\n"
        }

        // One column per chain level, in order.
        var levels: [Int: [String]] = [:]
        for node in drawn { levels[node.kind.chainLevel!, default: []].append(node.id) }
        for level in levels.keys.sorted() {
            out += "  { rank=same; " + levels[level]!.map { Escape.dotString($0) + ";" }.joined(separator: " ") + " }\n"
        }

        for edge in trace.edges where names.contains(edge.upstream) && names.contains(edge.downstream) {
            let ends = "\(Escape.dotString(edge.upstream)) -> \(Escape.dotString(edge.downstream))"
            if edge.relation.isChain {
                out += "  \(ends) [label=\(Escape.dotString(edge.relation.rawValue))];\n"
            } else {
                // Step flow is context: drawn faintly, never moving the columns.
                out += "  \(ends) [style=dotted, constraint=false, color=\"#D1D5DB\"];\n"
            }
        }
        return out + "}\n"
    }

    /// The graph's heading: what was traced, and how much the chain reaches.
    private static func title(_ trace: Trace) -> String {
        let heading = trace.root.map { "Trace of \($0.kind.name) \($0.id)" } ?? "The workspace's trace chain"
        let counts = trace.counts.map { $0.kind.counted($0.count) }.joined(separator: ", ")
        var label = "<B>\(Escape.dotHTML(heading))</B>"
        if let root = trace.root { label += "<BR ALIGN=\"LEFT\"/>\(Escape.dotHTML(TraceReport.short(root.label)))" }
        if !counts.isEmpty { label += "<BR ALIGN=\"LEFT\"/><FONT POINT-SIZE=\"10\" COLOR=\"#4B5563\">\(Escape.dotHTML(counts))</FONT>" }
        return label + "<BR ALIGN=\"LEFT\"/>"
    }

    /// Kind and ID, the label wrapped, and where it sits.
    static func label(_ node: TraceGraph.Node) -> String {
        var lines = ["<FONT POINT-SIZE=\"8\" COLOR=\"#4B5563\">\(Escape.dotHTML(node.kind.name.uppercased()))</FONT>",
                     "<B>\(Escape.dotHTML(node.id))</B>"]
        lines += clipped(wrap(node.label, width: 30), lines: 4).map(Escape.dotHTML)
        if let place = node.place {
            lines += clipped(wrap(place, width: 40), lines: 2).map { "<FONT POINT-SIZE=\"8\" COLOR=\"#4B5563\">\(Escape.dotHTML($0))</FONT>" }
        }
        return lines.joined(separator: "<BR/>")
    }

    /// At most `count` lines, the last ending in an ellipsis when text was left out.
    private static func clipped(_ lines: [String], lines count: Int) -> [String] {
        guard lines.count > count else { return lines.isEmpty ? [""] : lines }
        return Array(lines.prefix(count - 1)) + [lines[count - 1] + " …"]
    }

    private enum Colours {
        static let text = "#111827"
        static let highlight = "#D9480F"
    }

    /// How a kind of node is drawn.
    private struct Look {
        var shape: String
        var style: String
        var fill: String
        /// A border other than the default grey.
        var border: String?

        init(_ kind: ElementKind) {
            border = kind == .painPoint ? "#B91C1C" : nil
            switch kind {
            case .excerpt: (shape, style, fill) = ("note", "filled", "#FFF4CC")
            case .comment: (shape, style, fill) = ("note", "filled", "#FEF3C7")
            case .insight: (shape, style, fill) = ("box", "rounded,filled", "#DCEBFF")
            case .step: (shape, style, fill) = ("box", "filled", "#F1F3F5")
            case .painPoint: (shape, style, fill) = ("box", "filled", "#FDE2E1")
            case .need: (shape, style, fill) = ("box", "rounded,filled", "#FCE7F3")
            case .recommendation: (shape, style, fill) = ("box", "rounded,filled", "#E2F3E0")
            case .change: (shape, style, fill) = ("box3d", "filled", "#FFEDD5")
            case .story: (shape, style, fill) = ("box", "rounded,filled", "#ECE8F5")
            case .criterion: (shape, style, fill) = ("box", "filled", "#E0F2F1")
            default: (shape, style, fill) = ("folder", "filled", "#F4F4F5") // containers, which traces do not draw
            }
        }
    }
}
