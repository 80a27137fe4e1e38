import Diagnostics
import Model

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
        /// What an element is. The raw value is the name used in output.
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            case excerpt, comment, insight, step
            case painPoint = "pain point"
            case need = "persona need"
            case recommendation, change, story
            case criterion = "acceptance criterion"
            case blueprint, stage, persona

            /// The kind's place in the chain; nil for containers.
            public var level: Int? {
                switch self {
                case .excerpt, .comment: 0
                case .insight: 1
                case .step: 2
                case .painPoint, .need: 3
                case .recommendation: 4
                case .change: 5
                case .story: 6
                case .criterion: 7
                case .blueprint, .stage, .persona: nil
                }
            }

            /// Blueprints, stages and personas hold chain elements; traces do not follow them.
            public var isContainer: Bool { level == nil }

            /// The kind in the plural, for counts ("3 acceptance criteria").
            public var plural: String {
                switch self {
                case .story: "stories"
                case .criterion: "acceptance criteria"
                default: rawValue + "s"
                }
            }

            /// "1 story", "3 acceptance criteria".
            public func counted(_ count: Int) -> String { "\(count) \(count == 1 ? rawValue : plural)" }
        }

        /// The ID as users write it; a stage's is `blueprint-id/stage-id` (stage IDs are local).
        public var id: String
        public var kind: Kind
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
            let (left, right) = (lhs.kind.level ?? Int.max, rhs.kind.level ?? Int.max)
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
    private var outgoing: [String: [Edge]] = [:]
    private var incoming: [String: [Edge]] = [:]
    /// IDs the workspace defines that take no part in the chain (participants, tags, epics …).
    private var bystanders: [String: ElementKind] = [:]

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
    public var counts: [(kind: TraceGraph.Node.Kind, count: Int)] {
        TraceGraph.Node.Kind.allCases.compactMap { kind in
            let count = nodes.filter { $0.kind == kind && $0.id != root?.id }.count
            return count == 0 ? nil : (kind, count)
        }
    }
}

/// Collects nodes and edges from a workspace, first definition winning.
private struct Builder {
    let workspace: Workspace
    var nodes: [String: TraceGraph.Node] = [:]
    var edges: Set<TraceGraph.Edge> = []
    /// Participants by ID, for the consent check (first definition wins, as in `Workspace`).
    /// Whose words may be shown: the one consent check every output goes through.
    let redaction: Redaction

    init(_ workspace: Workspace) {
        self.workspace = workspace
        redaction = Redaction(workspace)
    }

    mutating func build() {
        addBlueprints()
        addPersonas()
        addResearch()
        addStories()
    }

    private mutating func add(_ id: String, _ kind: TraceGraph.Node.Kind, _ label: String, place: String? = nil, at range: SourceRange) {
        guard !id.isEmpty, nodes[id] == nil else { return }
        // Every label a trace shows (text, JSON, diagrams, the report's trace pages) is masked
        // here, once: an excerpt's label is already `displayText(of:)`, masking twice is a no-op.
        nodes[id] = TraceGraph.Node(id: id, kind: kind, label: Redaction.displayText(label), place: place.map(Redaction.displayText), range: range)
    }

    /// Links two nodes when both exist and are of the kinds the relation joins.
    private mutating func link(_ upstream: String, _ downstream: String, _ relation: TraceGraph.Relation,
                               from upstreamKinds: Set<TraceGraph.Node.Kind>, to downstreamKinds: Set<TraceGraph.Node.Kind>) {
        guard let from = nodes[upstream], let to = nodes[downstream],
              upstreamKinds.contains(from.kind), downstreamKinds.contains(to.kind) else { return }
        edges.insert(TraceGraph.Edge(upstream: upstream, downstream: downstream, relation: relation))
    }

    private static func stageKey(_ blueprint: String, _ stage: String) -> String { "\(blueprint)/\(stage)" }

    private mutating func addBlueprints() {
        for blueprint in workspace.blueprints {
            let owner = blueprint.id.value
            // A duplicate blueprint ID would mix two blueprints' stages: keep the first whole.
            guard nodes[owner] == nil else { continue }
            add(owner, .blueprint, blueprint.title.value, at: blueprint.range)
            for stage in blueprint.stages {
                let key = Self.stageKey(owner, stage.id.value)
                let place = "\(owner) › \(stage.name.value)"
                add(key, .stage, stage.name.value, at: stage.range)
                link(owner, key, .contains, from: [.blueprint], to: [.stage])
                for step in stage.steps {
                    add(step.id.value, .step, step.text.value, place: place, at: step.range)
                    link(key, step.id.value, .contains, from: [.stage], to: [.step])
                    for pain in step.pains {
                        add(pain.id.value, .painPoint, pain.text.value, place: "\(place) › \(step.id.value)", at: pain.range)
                        link(step.id.value, pain.id.value, .has, from: [.step], to: [.painPoint])
                    }
                }
                for pain in stage.pains { add(pain.id.value, .painPoint, pain.text.value, place: place, at: pain.range) }
                for pain in stage.pains + stage.steps.flatMap(\.pains) {
                    link(key, pain.id.value, .contains, from: [.stage], to: [.painPoint])
                }
                for change in blueprint.changes(in: stage) {
                    add(change.id.value, .change, change.text.value, place: place, at: change.range)
                    link(key, change.id.value, .contains, from: [.stage], to: [.change])
                }
            }
            // Changes naming a stage the blueprint does not have still belong to the blueprint.
            for change in blueprint.changes {
                add(change.id.value, .change, change.text.value, place: owner, at: change.range)
                if !blueprint.stages.contains(where: { $0.id.value == change.stage?.value }) {
                    link(owner, change.id.value, .contains, from: [.blueprint], to: [.change])
                }
            }
            for step in blueprint.steps {
                for previous in step.after { link(previous.value, step.id.value, .leadsTo, from: [.step], to: [.step]) }
            }
        }
        for blueprint in workspace.blueprints {
            if let improves = blueprint.improves {
                link(improves.value, blueprint.id.value, .improvedBy, from: [.blueprint], to: [.blueprint])
            }
        }
    }

    private mutating func addPersonas() {
        for persona in workspace.personas {
            add(persona.id.value, .persona, persona.name.value, at: persona.range)
            for need in persona.needs {
                guard let id = need.id else { continue }
                add(id.value, .need, need.text.value, place: persona.name.value, at: id.range)
                link(persona.id.value, id.value, .contains, from: [.persona], to: [.need])
            }
        }
    }

    private mutating func addResearch() {
        for session in workspace.sessions {
            for excerpt in session.excerpts {
                let place = excerpt.participant.map { "\($0.value) in \(session.id.value)" } ?? session.id.value
                add(excerpt.id.value, .excerpt, redaction.displayText(of: excerpt), place: place, at: excerpt.range)
            }
        }
        for comment in workspace.comments {
            add(comment.id.value, .comment, Redaction.displayText(of: comment), at: comment.range)
        }
        for insight in workspace.insights { add(insight.id.value, .insight, insight.statement.value, at: insight.range) }
        for recommendation in workspace.recommendations {
            add(recommendation.id.value, .recommendation, recommendation.text.value, at: recommendation.range)
        }

        for excerpt in workspace.excerpts {
            let id = excerpt.id.value
            if let step = excerpt.step { link(id, step.value, .describes, from: [.excerpt], to: [.step]) }
            if let blueprint = excerpt.blueprint {
                if let stage = excerpt.stage {
                    link(id, Self.stageKey(blueprint.value, stage.value), .describes, from: [.excerpt], to: [.stage])
                } else {
                    link(id, blueprint.value, .describes, from: [.excerpt], to: [.blueprint])
                }
            }
        }
        for insight in workspace.insights {
            for evidence in insight.evidence {
                link(evidence.value, insight.id.value, .supports, from: [.excerpt, .comment], to: [.insight])
            }
            for pain in insight.pains { link(insight.id.value, pain.value, .explains, from: [.insight], to: [.painPoint]) }
        }
        for pain in workspace.blueprints.flatMap(\.painPoints) {
            for case .reference(let evidence) in pain.evidence {
                link(evidence.value, pain.id.value, .supports, from: [.excerpt], to: [.painPoint])
                link(evidence.value, pain.id.value, .explains, from: [.insight], to: [.painPoint])
            }
        }
        for recommendation in workspace.recommendations {
            for insight in recommendation.insights {
                link(insight.value, recommendation.id.value, .answeredBy, from: [.insight], to: [.recommendation])
            }
            for change in recommendation.changes {
                link(recommendation.id.value, change.value, .realises, from: [.recommendation], to: [.change])
            }
        }
    }

    private mutating func addStories() {
        for story in workspace.stories {
            add(story.id.value, .story, story.text.value, place: story.epic.map { "epic \($0.value)" }, at: story.range)
            for criterion in story.acceptance {
                add(criterion.id.value, .criterion, criterion.summary, at: criterion.range)
                link(story.id.value, criterion.id.value, .provedBy, from: [.story], to: [.criterion])
            }
            for target in story.addresses {
                link(target.value, story.id.value, .addressedBy, from: [.painPoint, .need, .recommendation, .change], to: [.story])
            }
        }
    }
}
