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
