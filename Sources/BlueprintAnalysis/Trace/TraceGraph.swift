import BlueprintDiagnostics
import BlueprintModel

/// The chain that links research to delivery, as a graph: an excerpt supports an insight, the
/// insight explains a pain point on a blueprint, a recommendation answers the insight and is
/// realised by a gold-standard change, a user story addresses the pain point, recommendation or
/// change, and the story's acceptance criteria prove it.
///
/// The chain runs one way, from the evidence to the criteria, in these levels:
///
/// | level | elements |
/// |---|---|
/// | 0 | excerpt, comment (the evidence) |
/// | 1 | insight |
/// | 2 | step (excerpts describe steps; steps have pain points) |
/// | 3 | pain point, persona need |
/// | 4 | recommendation |
/// | 5 | change |
/// | 6 | story |
/// | 7 | acceptance criterion |
///
/// Every chain edge goes from a lower level to a higher one, so the chain has no cycles.
/// *Upstream* of an element is everything that leads to it (towards the evidence);
/// *downstream* is everything it leads to (towards the criteria). Blueprints, stages and
/// personas are *containers*: they hold steps, pain points, changes and needs, take no level,
/// and a trace shows the containers of what it reaches without following them further. Step
/// flow (`after`) and `improves` are context edges: shown between elements a trace reaches,
/// never followed.
///
/// Built once from a workspace; `trace(_:depth:)` answers any number of questions. Pure: no I/O.
public struct TraceGraph: Sendable {
    /// An element that takes part in the chain, or a container of one.
    public struct Node: Sendable, Hashable {
        /// The ID as users write it; a stage's is `blueprint-id/stage-id` (stage IDs are local).
        public var id: String
        /// One of `TraceGraph.kinds`.
        public var kind: ElementKind
        /// The element's text: a step's, a pain point's, a story's … An excerpt's words appear
        /// only when its participant consented to quotation; otherwise a paraphrase notice.
        public var label: String
        /// Where the element sits, in words: "missed-bin-current › Contact" for what a blueprint
        /// holds, "P01 in session-p01" for an excerpt, an epic for a story.
        public var place: String?
        /// Where the element is defined.
        public var range: SourceRange

        /// Chain level first, containers last, then file order: the order of every list.
        static func < (lhs: Node, rhs: Node) -> Bool {
            let (left, right) = (lhs.kind.chainLevel ?? Int.max, rhs.kind.chainLevel ?? Int.max)
            if left != right { return left < right }
            if lhs.range != rhs.range { return lhs.range < rhs.range }
            return lhs.id < rhs.id
        }
    }

    /// How two elements are linked. Each reads "upstream *relation* downstream": "excerpt
    /// supports insight", "insight answered by recommendation", "story proved by criterion".
    public enum Relation: String, Sendable, Hashable, CaseIterable {
        /// An excerpt or comment is evidence for an insight or a pain point.
        case supports
        /// An insight explains a pain point (its `pains`, or the pain point's `evidence`).
        case explains
        /// An excerpt is about a step, a stage or a blueprint.
        case describes
        /// A step has a pain point.
        case has
        /// A recommendation answers an insight.
        case answeredBy = "answered by"
        /// A recommendation realises a gold-standard change.
        case realises
        /// A story addresses a pain point, persona need, recommendation or change.
        case addressedBy = "addressed by"
        /// An acceptance criterion proves a story.
        case provedBy = "proved by"
        /// A blueprint holds stages; a blueprint or stage holds steps, pain points and changes;
        /// a persona holds needs.
        case contains
        /// A future-state blueprint improves a current state.
        case improvedBy = "improved by"
        /// Step flow: one step leads to the next (`after`).
        case leadsTo = "leads to"

        /// Relations a trace follows. The others only say where things sit or how they flow.
        public var isChain: Bool {
            switch self {
            case .contains, .improvedBy, .leadsTo: false
            default: true
            }
        }

        /// The relation read from the downstream end: "supported by", "answers", "proves".
        public var reversed: String {
            switch self {
            case .supports: "supported by"
            case .explains: "explained by"
            case .describes: "described by"
            case .has: "happens at"
            case .answeredBy: "answers"
            case .realises: "realised by"
            case .addressedBy: "addresses"
            case .provedBy: "proves"
            case .contains: "in"
            case .improvedBy: "improves"
            case .leadsTo: "follows"
            }
        }
    }

    /// A link between two elements, stored in the chain's direction.
    public struct Edge: Sendable, Hashable {
        /// The end nearer the evidence (for containment: the container).
        public var upstream: String
        /// The end nearer the criteria (for containment: what it holds).
        public var downstream: String
        public var relation: Relation
    }

    /// Every node, by ID.
    public private(set) var nodes: [String: Node] = [:]
    /// Every edge, ordered by their ends' order, then relation.
    public private(set) var edges: [Edge] = []
    private(set) var outgoing: [String: [Edge]] = [:]
    private(set) var incoming: [String: [Edge]] = [:]
    /// IDs the workspace defines that take no part in the chain (participants, tags, epics …).
    private(set) var bystanders: [String: ElementKind] = [:]

    /// The graph of a workspace. Unresolved references and duplicate IDs are skipped (the first
    /// definition wins): `check` reports them.
    public init(_ workspace: Workspace) {
        var builder = Builder(workspace)
        builder.build()
        nodes = builder.nodes
        let sorted = builder.edges.sorted { lhs, rhs in
            let (a, b) = (nodes[lhs.upstream]!, nodes[rhs.upstream]!)
            if a != b { return a < b }
            let (c, d) = (nodes[lhs.downstream]!, nodes[rhs.downstream]!)
            if c != d { return c < d }
            return lhs.relation.rawValue < rhs.relation.rawValue
        }
        edges = sorted
        for edge in sorted {
            outgoing[edge.upstream, default: []].append(edge)
            incoming[edge.downstream, default: []].append(edge)
        }
        for definition in workspace.symbols.definitions where nodes[definition.id.value] == nil {
            if bystanders[definition.id.value] == nil { bystanders[definition.id.value] = definition.kind }
        }
    }

    /// Every node in order: chain level, then file order; containers last.
    public var orderedNodes: [Node] { nodes.values.sorted(by: <) }
}
