import BlueprintDiagnostics
import BlueprintSyntax

enum BlueprintDecoder {
    static func decode(_ node: Node, problems: Problems) -> Blueprint? {
        guard let fields = Fields(node, what: "blueprint", problems: problems) else { return nil }
        let id = fields.required("id", readID)
        let title = fields.required("title", readText)
        let description = fields.optional("description", readText)
        let state = fields.optional("state", readChoice(Blueprint.State.self))?.value ?? .current
        let improves = fields.optional("improves", readID)
        let service = fields.optional("service", readText)
        var personas = fields.optional("personas", readList(readID)) ?? []
        if let single = fields.optional("persona", readID) { personas.insert(single, at: 0) }
        let actors = fields.optional("actors", readList(readID)) ?? []
        let lanes = fields.optional("lanes", readLanes) ?? standardLanes(at: node.range)
        let stages = fields.required("stages", readList(readStage)) ?? []
        let changes = fields.optional("changes", readList(readChange(insideStage: false))) ?? []
        let measures = fields.optional("measures", readList(readMeasure(insideStage: false))) ?? []
        fields.finish()
        guard let id, let title else { return nil }
        return Blueprint(id: id, title: title, description: description, state: state, improves: improves,
                         service: service, personas: personas, actors: actors, lanes: lanes, stages: stages,
                         changes: changes, measures: measures, range: node.range)
    }

    static func standardLanes(at range: SourceRange) -> [Lane] {
        Lane.standardKinds.map { Lane(id: Identifier($0.rawValue, at: range), name: $0.standardName, kind: $0, range: range) }
    }

    /// The lanes, in order. A name that is not a standard lane is still a row after its error:
    /// the standard lane it misspells (`frontstge`) unless the list has that one already, or
    /// else a custom lane of that ID, so the steps in it are not each in an undeclared lane.
    static func readLanes(_ node: Node, _ what: String, _ problems: Problems) -> [Lane]? {
        let written = Set((node.sequence ?? []).compactMap { item in
            item.scalar?.text ?? item.mapping?.first { $0.key.scalar?.text == "id" }?.value.scalar?.text
        })
        return readList { readLane($0, $1, $2, besides: written) }(node, what, problems)
    }

    /// A lane is a standard lane's name, or `{id, name, type}`.
    static func readLane(_ node: Node, _ what: String, _ problems: Problems, besides written: Set<String>) -> Lane? {
        if node.scalar != nil {
            guard let id = readID(node, what, problems) else { return nil }
            let kind = Lane.Kind(rawValue: id.value).flatMap { $0 == .custom ? nil : $0 }
            guard let kind else {
                let standard = Lane.standardKinds.map(\.rawValue)
                let intended = Suggestion.closest(to: id.value, in: standard)
                problems.error(SchemaRuleID.invalidValue, "'\(id.value)' is not a standard lane", at: node.range,
                               help: intended.map { "did you mean '\($0)'?" }
                                   ?? "use one of \(standard.joined(separator: ", ")), or write a custom lane as '{ id: \(id.value), name: …, type: custom }'")
                if let intended, !written.contains(intended), let kind = Lane.Kind(rawValue: intended) {
                    return Lane(id: Identifier(intended, at: id.range), name: kind.standardName, kind: kind, range: node.range)
                }
                return Lane(id: id, name: id.value, kind: .custom, range: node.range)
            }
            return Lane(id: id, name: kind.standardName, kind: kind, range: node.range)
        }
        guard let fields = Fields(node, what: "lane", problems: problems) else { return nil }
        let id = fields.required("id", readID)
        let name = fields.optional("name", readText)
        let declaredKind = fields.optional("type", readChoice(Lane.Kind.self))?.value
        fields.finish()
        guard let id else { return nil }
        let kind = declaredKind ?? Lane.Kind(rawValue: id.value) ?? .custom
        return Lane(id: id, name: name?.value ?? (kind == .custom ? id.value : kind.standardName),
                    kind: kind, range: node.range)
    }

    static func readStage(_ node: Node, _ what: String, _ problems: Problems) -> Stage? {
        guard let fields = Fields(node, what: "stage", problems: problems) else { return nil }
        let id = fields.required("id", readID)
        let name = fields.required("name", readText)
        let stage = Stage(
            id: id ?? Identifier("", at: node.range),
            name: name ?? Text("", at: node.range),
            description: fields.optional("description", readText),
            steps: fields.optional("steps", readSteps(ofStage: id?.value ?? "")) ?? [],
            pains: fields.optional("pains", readList(readPainPoint)) ?? [],
            changes: fields.optional("changes", readList(readChange(insideStage: true))) ?? [],
            measures: fields.optional("measures", readList(readMeasure(insideStage: true))) ?? [],
            range: node.range)
        fields.finish()
        return id == nil || name == nil ? nil : stage
    }

    /// A stage's steps; a step without `id` gets one from its position in the list.
    static func readSteps(ofStage stage: String) -> (Node, String, Problems) -> [Step]? {
        { node, what, problems in
            var position = 0
            return readList { item, _, problems in
                position += 1
                return readStep(item, problems, derivedID: Step.derivedID(stage: stage, position: position))
            }(node, what, problems)
        }
    }

    static func readStep(_ node: Node, _ problems: Problems, derivedID: String) -> Step? {
        guard let fields = Fields(node, what: "step", problems: problems) else { return nil }
        let id = fields.optional("id", readID)
        let lane = fields.required("lane", readID)
        let text = fields.required("text", readStepText)
        let step = Step(
            id: id ?? Identifier(derivedID, at: fields.headRange),
            lane: lane ?? Identifier("", at: node.range),
            text: text?.text ?? Text("", at: node.range),
            lines: text?.lines ?? [],
            actor: fields.optional("actor", readText),
            channel: fields.optional("channel", readText),
            emotion: fields.optional("emotion", readInteger(in: -2...2)),
            after: fields.optional("after", readList(readID)) ?? [],
            duration: fields.optional("duration", readDuration),
            wait: fields.optional("wait", readDuration),
            pains: fields.optional("pains", readList(readPainPoint)) ?? [],
            range: node.range)
        fields.finish()
        return lane == nil || text == nil ? nil : step
    }

    /// A step's `text`: one piece of text, or a list of lines drawn as bullets in one box.
    static func readStepText(_ node: Node, _ what: String, _ problems: Problems) -> (text: Text, lines: [Text])? {
        guard node.sequence != nil else { return readText(node, what, problems).map { ($0, []) } }
        guard let lines = readList(readText)(node, what, problems) else { return nil }
        guard !lines.isEmpty else {
            problems.error(SchemaRuleID.missingKey, "\(what) is an empty list", at: node.range,
                           help: "write what happens, as text or as a list of lines")
            return nil
        }
        return (Text(lines.map(\.value).joined(separator: "; "), at: node.range), lines)
    }

    static func readPainPoint(_ node: Node, _ what: String, _ problems: Problems) -> PainPoint? {
        guard let fields = Fields(node, what: "pain point", problems: problems) else { return nil }
        let id = fields.required("id", readID)
        let text = fields.required("text", readText)
        let severity = fields.optional("severity", readChoice(PainPoint.Severity.self))?.value ?? .medium
        let evidence = fields.optional("evidence", readList(readEvidence)) ?? []
        fields.finish()
        guard let id, let text else { return nil }
        return PainPoint(id: id, text: text, severity: severity, evidence: evidence, range: node.range)
    }

    /// Evidence is an ID of research evidence, or `{quote, source}`.
    static func readEvidence(_ node: Node, _ what: String, _ problems: Problems) -> Evidence? {
        if node.scalar != nil {
            return readID(node, what, problems).map(Evidence.reference)
        }
        guard let fields = Fields(node, what: "citation", problems: problems) else { return nil }
        let quote = fields.optional("quote", readText)
        let source = fields.optional("source", readText)
        fields.finish()
        if quote == nil && source == nil {
            problems.error(SchemaRuleID.missingKey, "a citation needs a 'quote' or a 'source'", at: node.range,
                           help: "add 'quote: …' and 'source: …', or name an excerpt or insight by its ID")
            return nil
        }
        return .citation(quote: quote, source: source, range: node.range)
    }

    static func readChange(insideStage: Bool) -> (Node, String, Problems) -> Change? {
        { node, _, problems in
            readStageNote(node, what: insideStage ? "change" : "blueprint change", insideStage: insideStage, problems: problems)
                .map { Change(id: $0.id, text: $0.text, stage: $0.stage, range: node.range) }
        }
    }

    static func readMeasure(insideStage: Bool) -> (Node, String, Problems) -> Measure? {
        { node, _, problems in
            readStageNote(node, what: insideStage ? "measure" : "blueprint measure", insideStage: insideStage, problems: problems)
                .map { Measure(id: $0.id, text: $0.text, stage: $0.stage, range: node.range) }
        }
    }

    /// Changes and measures share a shape: `id`, `text`, and `stage` when outside a stage.
    private static func readStageNote(_ node: Node, what: String, insideStage: Bool, problems: Problems)
        -> (id: Identifier, text: Text, stage: Identifier?)? {
        guard let fields = Fields(node, what: what, problems: problems) else { return nil }
        let id = fields.required("id", readID)
        let text = fields.required("text", readText)
        // Inside a stage the stage is implied; asking for `stage` only outside makes it unknown inside.
        let stage = insideStage ? nil : fields.required("stage", readID)
        fields.finish()
        guard let id, let text else { return nil }
        return (id, text, stage)
    }
}
