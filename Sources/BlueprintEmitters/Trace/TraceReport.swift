import BlueprintDiagnostics
import BlueprintAnalysis
import Foundation
import BlueprintModel

/// `blueprint trace ID` as text and JSON.
///
/// The text is an indented tree: the upstream section (what leads to the element, nearest
/// first, towards the evidence), the element itself, the downstream section (what follows
/// from it, towards the acceptance criteria), then the blueprints, stages and personas the
/// chain passes through. Each line gives the relation to the line above it, the element's
/// kind, ID, a short label, where it sits and where it is defined. An element reached twice in
/// a section is written once in full, then "(see above)".
public enum TraceReport {
    /// Labels longer than this are cut with an ellipsis in text output.
    static let labelWidth = 80

    /// The trace as an indented tree.
    public static func text(_ trace: Trace) -> String {
        var lines = [heading(trace), ""]
        guard let root = trace.root else {
            // The whole workspace: every element in chain order.
            lines += trace.nodes.map { line(for: $0, in: trace, indent: 1) }
            return lines.joined(separator: "\n") + "\n"
        }
        // A container is traced through everything it holds: each gets its own trees.
        let heads = root.kind.isContainer ? trace.nodes.filter { trace.positions[$0.id] == .traced } : [root]

        lines.append("upstream, towards the evidence:")
        lines += section(trace, heads: heads, upstream: true)
        lines.append(line(for: root, in: trace, indent: 0))
        if root.kind.isContainer { lines += contents(of: root.id, in: trace, indent: 1) }
        lines.append("downstream, towards the acceptance criteria:")
        lines += section(trace, heads: heads, upstream: false)

        let placed = containers(of: trace)
        if !placed.isEmpty {
            lines.append("where they sit:")
            lines += placed
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The trace as JSON: the traced element, counts, nodes and edges (`from` upstream, `to`
    /// downstream; the relation reads "from relation to").
    public static func json(_ trace: Trace) -> String {
        struct NodeOutput: Encodable {
            var id: String
            var kind: String
            var label: String
            var place: String?
            var level: Int?
            var position: String
            var file: String
            var line: Int
            var column: Int
        }
        struct EdgeOutput: Encodable {
            var from: String
            var to: String
            var relation: String
        }
        struct Output: Encodable {
            var trace: String?
            var kind: String?
            var depth: Int?
            var counts: [String: Int]
            var nodes: [NodeOutput]
            var edges: [EdgeOutput]
        }
        let output = Output(
            trace: trace.root?.id, kind: trace.root?.kind.name, depth: trace.depth,
            counts: Dictionary(uniqueKeysWithValues: trace.counts.map { ($0.kind.name, $0.count) }),
            nodes: trace.nodes.map { node in
                NodeOutput(id: node.id, kind: node.kind.name, label: node.label, place: node.place, level: node.kind.chainLevel,
                           position: (trace.positions[node.id] ?? .context).rawValue, file: node.range.file,
                           line: node.range.start.line, column: node.range.start.column)
            },
            edges: trace.edges.map { EdgeOutput(from: $0.upstream, to: $0.downstream, relation: $0.relation.rawValue) })
        return JSONOutput.encode(output)
    }

    /// "Trace of insight insight-2: reaches 3 excerpts, 2 pain points …".
    static func heading(_ trace: Trace) -> String {
        let counts = trace.counts.map { $0.kind.counted($0.count) }.joined(separator: ", ")
        guard let root = trace.root else {
            return "The workspace's trace chain: " + (counts.isEmpty ? "no elements" : counts)
        }
        let limit = trace.depth.map { " within \(counted($0, "step"))" } ?? ""
        return "Trace of \(root.kind.name) \(root.id): " + (counts.isEmpty ? "reaches nothing else\(limit)" : "reaches \(counts)\(limit)")
    }

    /// The upstream or downstream trees of the heads (for a container, each traced element it
    /// holds that has any; for any other element, the element's tree without repeating it).
    private static func section(_ trace: Trace, heads: [TraceGraph.Node], upstream: Bool) -> [String] {
        var lines: [String] = []
        var printed: Set<String> = []
        let single = trace.root.map { !$0.kind.isContainer } ?? false
        for head in heads where !printed.contains(head.id) {
            // A head already shown inside an earlier head's tree is not shown again.
            printed.insert(head.id)
            var tree: [String] = []
            branches(from: head.id, in: trace, upstream: upstream, indent: single ? 1 : 2, printed: &printed, into: &tree)
            guard !tree.isEmpty else { continue }
            if !single { lines.append(line(for: head, in: trace, indent: 1)) }
            lines += tree
        }
        if lines.isEmpty { lines.append("  (none)") }
        return lines
    }

    private static func branches(from id: String, in trace: Trace, upstream: Bool, indent: Int,
                                 printed: inout Set<String>, into lines: inout [String]) {
        let edges = upstream ? trace.upstreamEdges(of: id) : trace.downstreamEdges(of: id)
        for edge in edges {
            let other = upstream ? edge.upstream : edge.downstream
            guard let node = trace.node(other) else { continue }
            let relation = upstream ? "↑ \(edge.relation.reversed) " : "↓ \(edge.relation.rawValue) "
            let first = printed.insert(other).inserted
            lines.append(line(for: node, in: trace, indent: indent, relation: relation, seeAbove: !first))
            if first { branches(from: other, in: trace, upstream: upstream, indent: indent + 1, printed: &printed, into: &lines) }
        }
    }

    /// What a traced container holds, as a tree.
    private static func contents(of id: String, in trace: Trace, indent: Int) -> [String] {
        trace.contents(of: id).flatMap { edge -> [String] in
            guard let node = trace.node(edge.downstream) else { return [] }
            return [line(for: node, in: trace, indent: indent, relation: "contains ")]
                + contents(of: node.id, in: trace, indent: indent + 1)
        }
    }

    /// The blueprints (with their stages) and personas the chain passes through.
    private static func containers(of trace: Trace) -> [String] {
        let root = trace.root?.id
        var lines: [String] = []
        for node in trace.nodes where node.kind.isContainer && node.kind != .stage && node.id != root {
            lines.append(line(for: node, in: trace, indent: 1))
            for edge in trace.contents(of: node.id) {
                if let stage = trace.node(edge.downstream), stage.kind == .stage, stage.id != root {
                    lines.append(line(for: stage, in: trace, indent: 2))
                }
            }
        }
        return lines
    }

    /// One element: relation, kind, ID, label, place and definition.
    static func line(for node: TraceGraph.Node, in trace: Trace, indent: Int, relation: String = "", seeAbove: Bool = false) -> String {
        var text = String(repeating: "  ", count: indent) + relation + "\(node.kind.name) \(node.id)"
        if seeAbove { return text + " (see above)" }
        text += ": \(short(node.label))"
        var place = node.place.map { [$0] } ?? []
        if node.kind == .blueprint {
            place += trace.improved(by: node.id).map { "improves \($0)" }
        }
        if !place.isEmpty { text += " [\(place.joined(separator: ", "))]" }
        text += " (\(node.range.file):\(node.range.start.line))"
        if let depth = trace.depth, trace.cutOff.contains(node.id) {
            text += " (more beyond --depth \(depth))"
        }
        return text
    }

    /// A label on one line, cut to `labelWidth` characters.
    static func short(_ label: String) -> String {
        let flat = label.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count <= labelWidth ? flat : String(flat.prefix(labelWidth - 1)) + "…"
    }
}
