import BlueprintDiagnostics

/// A service blueprint: stages are columns, lanes are rows, steps sit in the cells.
public struct Blueprint: Sendable, Hashable {
    /// Whether the blueprint maps the service as it is or as it should be.
    public enum State: String, Sendable, Hashable, CaseIterable {
        case current, future
    }

    public var id: Identifier
    public var title: Text
    public var description: Text?
    public var state: State
    /// For a future state: the current state it improves.
    public var improves: Identifier?
    public var service: Text?
    public var personas: [Identifier]
    /// Who acts in it besides its personas (teams, roles, systems): what `actor` may name.
    public var actors: [Identifier]
    public var lanes: [Lane]
    public var stages: [Stage]
    /// Changes written outside a stage, each naming its `stage`.
    public var changes: [Change]
    /// Measures written outside a stage, each naming its `stage`.
    public var measures: [Measure]
    public var range: SourceRange

    /// Every step, stage by stage, in the order written.
    public var steps: [Step] { stages.flatMap(\.steps) }

    /// Every pain point, of stages and of their steps, in the order written.
    public var painPoints: [PainPoint] {
        stages.flatMap { stage in stage.pains + stage.steps.flatMap(\.pains) }
    }

    /// The lane a step names, if declared.
    public func lane(_ id: String) -> Lane? { lanes.first { $0.id.value == id } }

    /// The changes of a stage: those written in it and those that name it.
    public func changes(in stage: Stage) -> [Change] {
        stage.changes + changes.filter { $0.stage?.value == stage.id.value }
    }

    /// The measures of a stage: those written in it and those that name it.
    public func measures(in stage: Stage) -> [Measure] {
        stage.measures + measures.filter { $0.stage?.value == stage.id.value }
    }
}

/// A row of the blueprint. Its type decides where the lines of interaction, visibility and
/// internal interaction fall.
public struct Lane: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case evidence, customer, frontstage, backstage, support, custom

        /// The heading a standard lane gets when it is not given a name.
        public var standardName: String {
            switch self {
            case .evidence: "Evidence"
            case .customer: "Customer actions"
            case .frontstage: "Front stage"
            case .backstage: "Back stage"
            case .support: "Support processes"
            case .custom: "Custom"
            }
        }
    }

    /// The standard rows, top to bottom, used when a blueprint declares no `lanes`.
    public static let standardKinds: [Kind] = [.evidence, .customer, .frontstage, .backstage, .support]

    public var id: Identifier
    public var name: String
    public var kind: Kind
    public var range: SourceRange
}

/// A column of the blueprint: one phase of the journey.
public struct Stage: Sendable, Hashable {
    public var id: Identifier
    public var name: Text
    public var description: Text?
    public var steps: [Step]
    public var pains: [PainPoint]
    public var changes: [Change]
    public var measures: [Measure]
    public var range: SourceRange
}

/// Something that happens, done by the customer or by someone on the service's side.
public struct Step: Sendable, Hashable {
    /// As written, or, for a step written without one (nothing points at it), derived from its
    /// place: `stage#n`, the stage's ID and the step's position in its `steps` list, counted from
    /// 1. A derived ID cannot be written (`#` is not an ID character), so nothing can name it; it
    /// is unique within its blueprint and is what messages and diagrams show.
    public var id: Identifier
    public var lane: Identifier
    /// What happens; for a step written as a list of lines, the lines joined by "; " (how a
    /// message, a trace or an export on one line shows it).
    public var text: Text
    /// The lines of a `text` written as a list (several things in one cell: a website, a leaflet,
    /// a radio advert), drawn as bullets in one box; empty when `text` is one piece of text.
    public var lines: [Text] = []
    public var actor: Text?
    public var channel: Text?
    /// How the customer feels, −2 … 2.
    public var emotion: Located<Int>?
    /// Flow arrows: the steps this one follows.
    public var after: [Identifier]
    public var duration: Located<Duration>?
    public var wait: Located<Duration>?
    public var pains: [PainPoint]
    public var range: SourceRange

    /// Whether `id` was written, rather than derived from the step's place.
    public var hasWrittenID: Bool { !Step.isDerivedID(id.value) }

    /// Whether `id` is a step's derived ID (`stage#n`), which no document can write.
    public static func isDerivedID(_ id: String) -> Bool { id.contains(derivedIDSeparator) }

    private static let derivedIDSeparator: Character = "#"

    /// The ID of the `position`-th step (from 1) of `stage` written without an `id`.
    static func derivedID(stage: String, position: Int) -> String { "\(stage)\(derivedIDSeparator)\(position)" }
}

/// A problem in the journey, with the evidence that shows it.
public struct PainPoint: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
        case low, medium, high, critical

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var id: Identifier
    public var text: Text
    public var severity: Severity
    public var evidence: [Evidence]
    public var range: SourceRange
}

/// Why we believe a pain point: research evidence by ID, or a cited quote.
public enum Evidence: Sendable, Hashable {
    case reference(Identifier)
    case citation(quote: Text?, source: Text?, range: SourceRange)
}

/// A change needed to reach the target experience (the gold standard's "changes needed" row).
public struct Change: Sendable, Hashable {
    public var id: Identifier
    public var text: Text
    /// The stage it belongs to, when written outside a stage.
    public var stage: Identifier?
    public var range: SourceRange
}

/// How success is measured (the gold standard's "measurement" row).
public struct Measure: Sendable, Hashable {
    public var id: Identifier
    public var text: Text
    public var stage: Identifier?
    public var range: SourceRange
}

extension Blueprint: WorkspaceDocument {
    public func forEachFreeText(_ body: (Text) -> Void) {
        body(title)
        if let description { body(description) }
        if let service { body(service) }
        for stage in stages {
            body(stage.name)
            if let description = stage.description { body(description) }
            for step in stage.steps {
                body(step.text)
                if let actor = step.actor { body(actor) }
                if let channel = step.channel { body(channel) }
            }
            for change in changes(in: stage) { body(change.text) }
            for measure in measures(in: stage) { body(measure.text) }
        }
        for pain in painPoints {
            body(pain.text)
            for case .citation(let quote, let source, _) in pain.evidence {
                if let quote { body(quote) }
                if let source { body(source) }
            }
        }
    }

    func declareSymbols(in symbols: inout SymbolTable) {
        let owner = id.value
        symbols.define(id, .blueprint)
        if let improves {
            symbols.refer(improves, [.blueprint], "improves")
            if state == .future { symbols.improves(owner, improves.value) }
        }
        for persona in personas { symbols.refer(persona, [.persona], "persona") }
        for stage in stages {
            for step in stage.steps {
                if step.hasWrittenID { symbols.define(step.id, .step, in: owner) }
                for target in step.after { symbols.refer(target, [.step], "after", withinBlueprint: owner) }
            }
        }
        for pain in painPoints {
            symbols.define(pain.id, .painPoint, in: owner)
            for case .reference(let target) in pain.evidence { symbols.refer(target, [.excerpt, .insight], "evidence") }
        }
        for stage in stages {
            for change in changes(in: stage) where change.stage == nil { symbols.define(change.id, .change, in: owner) }
            for measure in measures(in: stage) where measure.stage == nil { symbols.define(measure.id, .measure, in: owner) }
        }
        for change in changes { symbols.define(change.id, .change, in: owner) }
        for measure in measures { symbols.define(measure.id, .measure, in: owner) }
    }
}
