import BlueprintDiagnostics
import BlueprintModel

/// Collects nodes and edges from a workspace, first definition winning.
struct Builder {
    let workspace: Workspace
    var nodes: [String: TraceGraph.Node] = [:]
    var edges: Set<TraceGraph.Edge> = []
    /// Participants by ID, for the consent check (first definition wins, as in `Workspace`).
    /// Whose words may be shown: the one consent check every output goes through.
    let redaction: Redaction
    /// For each future state, the IDs it reuses of the current state it improves.
    let reused: [String: Set<String>]

    init(_ workspace: Workspace) {
        self.workspace = workspace
        redaction = Redaction(workspace)
        var reused: [String: Set<String>] = [:]
        for blueprint in workspace.blueprints where blueprint.state == .future {
            guard let current = blueprint.improves.flatMap({ workspace.blueprint($0.value) }),
                  current.id.value != blueprint.id.value else { continue }
            let shared = Self.ownIDs(of: current).intersection(Self.ownIDs(of: blueprint))
            if !shared.isEmpty, reused[blueprint.id.value] == nil { reused[blueprint.id.value] = shared }
        }
        self.reused = reused
    }

    mutating func build() {
        addBlueprints()
        addPersonas()
        addResearch()
        addStories()
    }

    private mutating func add(_ id: String, _ kind: ElementKind, _ label: String, place: String? = nil, at range: SourceRange) {
        guard !id.isEmpty, nodes[id] == nil else { return }
        // Every label a trace shows (text, JSON, diagrams, the report's trace pages) is masked
        // here, once: an excerpt's label is already `displayText(of:)`, masking twice is a no-op.
        nodes[id] = TraceGraph.Node(id: id, kind: kind, label: Redaction.displayText(label), place: place.map(Redaction.displayText), range: range)
    }

    /// Links two nodes when both exist and are of the kinds the relation joins.
    private mutating func link(_ upstream: String, _ downstream: String, _ relation: TraceGraph.Relation,
                               from upstreamKinds: Set<ElementKind>, to downstreamKinds: Set<ElementKind>) {
        guard let from = nodes[upstream], let to = nodes[downstream],
              upstreamKinds.contains(from.kind), downstreamKinds.contains(to.kind) else { return }
        edges.insert(TraceGraph.Edge(upstream: upstream, downstream: downstream, relation: relation))
    }

    private static func stageKey(_ blueprint: String, _ stage: String) -> String { "\(blueprint)/\(stage)" }

    /// The node of an element of `blueprint`: its ID, or `blueprint/id` when it is a future
    /// state's reuse of an ID of the current state it improves (whose element keeps the plain
    /// ID, as plain references mean it), the way a qualified reference names it. A step's
    /// derived ID (`stage#n`, no ID written) is unique only within its blueprint, so it is
    /// always qualified.
    private func key(_ id: String, in blueprint: Blueprint) -> String {
        if Step.isDerivedID(id) { return "\(blueprint.id.value)/\(id)" }
        guard !reused.isEmpty, reused[blueprint.id.value]?.contains(id) == true else { return id }
        return "\(blueprint.id.value)/\(id)"
    }

    private static func ownIDs(of blueprint: Blueprint) -> Set<String> {
        Set(blueprint.steps.map(\.id.value) + blueprint.painPoints.map(\.id.value)
            + blueprint.stages.flatMap { blueprint.changes(in: $0) }.map(\.id.value) + blueprint.changes.map(\.id.value))
    }

    /// The node a reference names: `blueprint/id` is that blueprint's element, which has the
    /// plain ID unless it reuses one.
    private func resolved(_ reference: String) -> String {
        guard nodes[reference] == nil, let (_, id) = SymbolTable.qualified(reference) else { return reference }
        return id
    }

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
                    let stepKey = self.key(step.id.value, in: blueprint)
                    add(stepKey, .step, step.text.value, place: place, at: step.range)
                    link(key, stepKey, .contains, from: [.stage], to: [.step])
                    for pain in step.pains {
                        let painKey = self.key(pain.id.value, in: blueprint)
                        add(painKey, .painPoint, pain.text.value, place: "\(place) › \(step.id.value)", at: pain.range)
                        link(stepKey, painKey, .has, from: [.step], to: [.painPoint])
                    }
                }
                for pain in stage.pains { add(self.key(pain.id.value, in: blueprint), .painPoint, pain.text.value, place: place, at: pain.range) }
                for pain in stage.pains + stage.steps.flatMap(\.pains) {
                    link(key, self.key(pain.id.value, in: blueprint), .contains, from: [.stage], to: [.painPoint])
                }
                for change in blueprint.changes(in: stage) {
                    let changeKey = self.key(change.id.value, in: blueprint)
                    add(changeKey, .change, change.text.value, place: place, at: change.range)
                    link(key, changeKey, .contains, from: [.stage], to: [.change])
                }
            }
            // Changes naming a stage the blueprint does not have still belong to the blueprint.
            for change in blueprint.changes {
                let changeKey = key(change.id.value, in: blueprint)
                add(changeKey, .change, change.text.value, place: owner, at: change.range)
                if !blueprint.stages.contains(where: { $0.id.value == change.stage?.value }) {
                    link(owner, changeKey, .contains, from: [.blueprint], to: [.change])
                }
            }
            for step in blueprint.steps {
                for previous in step.after {
                    link(key(previous.value, in: blueprint), key(step.id.value, in: blueprint), .leadsTo, from: [.step], to: [.step])
                }
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
            if let step = excerpt.step {
                let named = excerpt.blueprint.map { "\($0.value)/\(step.value)" }.flatMap { nodes[$0] == nil ? nil : $0 }
                link(id, named ?? resolved(step.value), .describes, from: [.excerpt], to: [.step])
            }
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
            for pain in insight.pains { link(insight.id.value, resolved(pain.value), .explains, from: [.insight], to: [.painPoint]) }
        }
        for blueprint in workspace.blueprints {
            for pain in blueprint.painPoints {
                let painKey = key(pain.id.value, in: blueprint)
                for case .reference(let evidence) in pain.evidence {
                    link(evidence.value, painKey, .supports, from: [.excerpt], to: [.painPoint])
                    link(evidence.value, painKey, .explains, from: [.insight], to: [.painPoint])
                }
            }
        }
        for recommendation in workspace.recommendations {
            for insight in recommendation.insights {
                link(insight.value, recommendation.id.value, .answeredBy, from: [.insight], to: [.recommendation])
            }
            for change in recommendation.changes {
                link(recommendation.id.value, resolved(change.value), .realises, from: [.recommendation], to: [.change])
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
                link(resolved(target.value), story.id.value, .addressedBy, from: [.painPoint, .need, .recommendation, .change], to: [.story])
            }
        }
    }
}
