import BlueprintDiagnostics
import BlueprintModel

extension TraceGraph {
    /// The whole workspace's chain: every node and edge, nothing traced.
    public var everything: Trace {
        Trace(root: nil, nodes: orderedNodes, edges: edges,
              positions: Dictionary(uniqueKeysWithValues: nodes.keys.map { ($0, .context) }), depth: nil, cutOff: [])
    }

    /// The chain through one element: everything upstream of it (towards the evidence) and
    /// downstream (towards the criteria), with the containers of what it reaches. Tracing a
    /// container traces everything it holds. `depth` limits the chain steps taken each way.
    public func trace(_ id: String, depth: Int? = nil) throws(TraceError) -> Trace {
        guard let root = nodes[id] else { throw unknown(id) }
        // What is traced: the element, and for a container everything it holds.
        var focus = [id]
        var index = 0
        while index < focus.count {
            focus += (outgoing[focus[index]] ?? []).filter { $0.relation == .contains }.map(\.downstream)
            index += 1
        }
        var positions: [String: Trace.Position] = [:]
        for key in focus { positions[key] = .traced }
        var cutOff: Set<String> = []
        walk(from: focus, upstream: true, depth: depth, positions: &positions, cutOff: &cutOff)
        walk(from: focus, upstream: false, depth: depth, positions: &positions, cutOff: &cutOff)
        // The containers of everything reached, and the blueprints a traced blueprint improves
        // or is improved by: where things sit, not more chain.
        var pending = Array(positions.keys)
        if root.kind == .blueprint {
            for edge in (incoming[id] ?? []) + (outgoing[id] ?? []) where edge.relation == .improvedBy {
                pending.append(edge.upstream == id ? edge.downstream : edge.upstream)
            }
        }
        while let key = pending.popLast() {
            if positions[key] == nil { positions[key] = .context }
            for edge in incoming[key] ?? [] where edge.relation == .contains && positions[edge.upstream] == nil {
                pending.append(edge.upstream)
            }
        }
        let reached = positions.keys.compactMap { nodes[$0] }.sorted(by: <)
        let links = edges.filter { positions[$0.upstream] != nil && positions[$0.downstream] != nil }
        return Trace(root: root, nodes: reached, edges: links, positions: positions, depth: depth, cutOff: cutOff)
    }

    /// Breadth first along chain edges one way, never through a container that is not traced.
    private func walk(from focus: [String], upstream: Bool, depth: Int?,
                      positions: inout [String: Trace.Position], cutOff: inout Set<String>) {
        var frontier = focus
        var distance = 0
        var seen = Set(focus)
        while !frontier.isEmpty {
            var next: [String] = []
            for key in frontier {
                guard positions[key] == .traced || !nodes[key]!.kind.isContainer else { continue }
                let links = ((upstream ? incoming[key] : outgoing[key]) ?? []).filter(\.relation.isChain)
                if let depth, distance >= depth {
                    if links.contains(where: { !seen.contains(upstream ? $0.upstream : $0.downstream) }) { cutOff.insert(key) }
                    continue
                }
                for edge in links {
                    let other = upstream ? edge.upstream : edge.downstream
                    guard seen.insert(other).inserted else { continue }
                    if positions[other] == nil { positions[other] = upstream ? .upstream : .downstream }
                    next.append(other)
                }
            }
            frontier = next
            distance += 1
        }
    }

    /// Why `id` cannot be traced, with the closest ID as a suggestion.
    private func unknown(_ id: String) -> TraceError {
        if let kind = bystanders[id] { return TraceError(id: id, kind: kind, suggestion: nil) }
        // A stage's ID alone is ambiguous (stage IDs are local to a blueprint): suggest the first
        // blueprint-id/stage-id that ends with it.
        let stage = nodes.values.filter { $0.kind == .stage && $0.id.hasSuffix("/" + id) }.min(by: <)?.id
        let suggestion = stage ?? Suggestion.closest(to: id, in: nodes.keys.sorted() + bystanders.keys.sorted())
        return TraceError(id: id, kind: nil, suggestion: suggestion)
    }
}

/// Why an ID could not be traced.
public struct TraceError: Error, Sendable, Equatable, CustomStringConvertible {
    public var id: String
    /// What the ID names, when it names something outside the chain (a participant, a tag …).
    public var kind: ElementKind?
    /// The closest ID the workspace does have, for an unknown one.
    public var suggestion: String?

    public init(id: String, kind: ElementKind?, suggestion: String?) {
        self.id = id
        self.kind = kind
        self.suggestion = suggestion
    }

    public var description: String {
        if let kind {
            return "'\(id)' is \(article(kind.rawValue)) \(kind.rawValue), which takes no part in the trace chain; "
                + "trace an excerpt, comment, insight, step, pain point, persona need, recommendation, change, story, "
                + "acceptance criterion, blueprint or stage (blueprint-id/stage-id)"
        }
        return "no element '\(id)' in the workspace"
            + (suggestion.map { "; did you mean '\($0)'?" }
                ?? "; give the ID of an element the workspace defines (IDs are case-sensitive; a stage is blueprint-id/stage-id)")
    }
}

/// The chain through one element (or the whole workspace's chain), ready for output.
public struct Trace: Sendable {
    /// How a node relates to the traced element.
    public enum Position: String, Sendable, Hashable, CaseIterable {
        /// The traced element, or something a traced container holds.
        case traced
        /// Leads to the traced element: towards the evidence.
        case upstream
        /// Follows from the traced element: towards the criteria.
        case downstream
        /// A container of something reached (or, in the whole graph, every node).
        case context
    }

    /// The traced element; nil for the whole workspace.
    public var root: TraceGraph.Node?
    /// Every node reached, in order: chain level, then file order, containers last.
    public var nodes: [TraceGraph.Node]
    /// Every edge between nodes reached, in order.
    public var edges: [TraceGraph.Edge]
    /// Each reached node's position, by ID.
    public var positions: [String: Position]
    /// The most chain steps taken each way, when limited.
    public var depth: Int?
    /// Nodes with more chain beyond the depth limit.
    public var cutOff: Set<String>
    // Lookups for the emitters' trees, so walking a large trace stays linear.
    private let byID: [String: TraceGraph.Node]
    private let incoming: [String: [TraceGraph.Edge]]
    private let outgoing: [String: [TraceGraph.Edge]]

    init(root: TraceGraph.Node?, nodes: [TraceGraph.Node], edges: [TraceGraph.Edge], positions: [String: Position],
         depth: Int?, cutOff: Set<String>) {
        self.root = root
        self.nodes = nodes
        self.edges = edges
        self.positions = positions
        self.depth = depth
        self.cutOff = cutOff
        byID = Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        incoming = Dictionary(grouping: edges, by: \.downstream)
        outgoing = Dictionary(grouping: edges, by: \.upstream)
    }

    /// A reached node by ID.
    public func node(_ id: String) -> TraceGraph.Node? { byID[id] }

    /// The chain edges into `id` (from upstream), ends in order.
    public func upstreamEdges(of id: String) -> [TraceGraph.Edge] {
        (incoming[id] ?? []).filter(\.relation.isChain)
    }

    /// The chain edges out of `id` (to downstream), ends in order.
    public func downstreamEdges(of id: String) -> [TraceGraph.Edge] {
        (outgoing[id] ?? []).filter(\.relation.isChain)
    }

    /// What a container holds, in order.
    public func contents(of id: String) -> [TraceGraph.Edge] {
        (outgoing[id] ?? []).filter { $0.relation == .contains }
    }

    /// The `improves` links into a blueprint: the blueprints it improves.
    public func improved(by id: String) -> [String] {
        (incoming[id] ?? []).filter { $0.relation == .improvedBy }.map(\.upstream)
    }

    /// How many of each kind were reached besides the traced element, in kind order; kinds
    /// with none left out.
    public var counts: [(kind: ElementKind, count: Int)] {
        TraceGraph.kinds.compactMap { kind in
            let count = nodes.filter { $0.kind == kind && $0.id != root?.id }.count
            return count == 0 ? nil : (kind, count)
        }
    }
}
