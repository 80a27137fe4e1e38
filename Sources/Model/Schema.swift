/// The keys of every document kind and of every element inside one, with their types and a
/// sentence each. It is the single list of allowed keys: decoders read only keys declared here
/// (`Fields` reports the others as unknown, with a did-you-mean), and `blueprint schema` turns
/// it into a JSON Schema for editors.
public enum Schema {
    /// The shape of a value.
    public indirect enum ValueType: Sendable, Hashable {
        case text
        case id
        case integer(ClosedRange<Int>)
        case choice([String])
        case duration
        case list(ValueType)
        /// A mapping described by the object schema of this name.
        case object(String)
        /// A mapping of free names to text (persona attributes).
        case textMap
        case oneOf([ValueType])
    }

    /// One key of a mapping.
    public struct Property: Sendable, Hashable {
        public var key: String
        public var type: ValueType
        public var required: Bool
        public var summary: String
    }

    /// A mapping: a document kind or an element inside one.
    public struct Object: Sendable, Hashable {
        public var name: String
        public var summary: String
        public var properties: [Property]
        /// For a document: the value of its `kind` key.
        public var kind: String?

        public var keys: [String] { properties.map(\.key) }
    }

    private static func key(_ key: String, _ type: ValueType, required: Bool = false, _ summary: String) -> Property {
        Property(key: key, type: type, required: required, summary: summary)
    }

    private static let kindKey = key("kind", .text, required: true, "What the document is.")
    private static let laneKinds = Lane.Kind.allCases.map(\.rawValue)

    /// Every object, documents first.
    public static let objects: [Object] = [
        Object(name: "workspace", summary: "workspace.yaml: the workspace's name and the folders it loads.", properties: [
            kindKey,
            key("name", .text, required: true, "Shown in reports."),
            key("include", .list(.text), "Folders, relative to this file, to load; default: this folder."),
        ], kind: "workspace"),
        Object(name: "persona", summary: "A customer or member of staff whose journey a blueprint follows.", properties: [
            kindKey,
            key("id", .id, required: true, "Unique across the workspace."),
            key("name", .text, required: true, "The persona's name, or a role name such as Contact Centre Agent."),
            key("role", .choice(Persona.Role.allCases.map(\.rawValue)), required: true, "Customer or staff."),
            key("title", .text, "A one-line description; a job title for staff."),
            key("summary", .text, "Who they are and what happens to them."),
            key("needs", .list(.oneOf([.text, .object("need")])), "What they need; needs with an id can be addressed by stories."),
            key("positives", .list(.text), "What works for them."),
            key("negatives", .list(.text), "What does not."),
            key("quote", .text, "Something they said."),
            key("attributes", .textMap, "Free-form facts: age band, digital confidence, language, accessibility needs …"),
        ], kind: "persona"),
        Object(name: "need", summary: "A persona's need that stories can address.", properties: [
            key("id", .id, "Unique across the workspace."),
            key("text", .text, required: true, "The need, in the persona's words."),
        ]),
        Object(name: "blueprint", summary: "A service blueprint: stages are columns, lanes are rows.", properties: [
            kindKey,
            key("id", .id, required: true, "Unique across the workspace."),
            key("title", .text, required: true, "The diagram's title."),
            key("description", .text, "What the blueprint shows."),
            key("state", .choice(Blueprint.State.allCases.map(\.rawValue)), "current (default) or future."),
            key("improves", .id, "For a future state: the current-state blueprint it improves."),
            key("service", .text, "The service area, e.g. waste, highways, housing repairs."),
            key("persona", .id, "The persona whose journey this is."),
            key("personas", .list(.id), "The personas whose journey this is."),
            key("lanes", .list(.oneOf([.choice(Lane.standardKinds.map(\.rawValue)), .object("lane")])),
                "The rows, top to bottom; default: evidence, customer, frontstage, backstage, support."),
            key("stages", .list(.object("stage")), required: true, "The columns, left to right."),
            key("changes", .list(.object("blueprint change")), "Changes needed, each naming its stage."),
            key("measures", .list(.object("blueprint measure")), "Measures, each naming its stage."),
        ], kind: "blueprint"),
        Object(name: "lane", summary: "A custom row of a blueprint.", properties: [
            key("id", .id, required: true, "What steps name in `lane`."),
            key("name", .text, "The row's heading."),
            key("type", .choice(laneKinds), "Decides where the lines of interaction, visibility and internal interaction fall."),
        ]),
        Object(name: "stage", summary: "A column of a blueprint: one phase of the journey.", properties: [
            key("id", .id, required: true, "Unique within the blueprint."),
            key("name", .text, required: true, "The column heading."),
            key("description", .text, "What happens in this stage."),
            key("steps", .list(.object("step")), "What happens, lane by lane."),
            key("pains", .list(.object("pain point")), "Pain points of the stage as a whole."),
            key("changes", .list(.object("change")), "Changes needed in this stage."),
            key("measures", .list(.object("measure")), "How this stage will be measured."),
        ]),
        Object(name: "step", summary: "Something that happens, in one stage and one lane.", properties: [
            key("id", .id, required: true, "Unique across the workspace."),
            key("lane", .id, required: true, "The lane (row) it sits in."),
            key("text", .text, required: true, "What happens."),
            key("actor", .text, "Who does it: a persona ID or a role; a change of actor along an arrow is a hand-off."),
            key("channel", .text, "phone, web, email, app, letter, face-to-face …"),
            key("emotion", .integer(-2...2), "How the customer feels, from -2 to 2."),
            key("after", .list(.id), "The steps this one follows (flow arrows)."),
            key("duration", .duration, "How long it takes: 30s, 5m, 2h, 3d, 2w."),
            key("wait", .duration, "How long the customer waits before it."),
            key("pains", .list(.object("pain point")), "Pain points of this step."),
        ]),
        Object(name: "pain point", summary: "A problem in the journey, with its evidence.", properties: [
            key("id", .id, required: true, "Unique across the workspace."),
            key("text", .text, required: true, "The problem."),
            key("severity", .choice(PainPoint.Severity.allCases.map(\.rawValue)), "low, medium (default), high or critical."),
            key("evidence", .list(.oneOf([.id, .object("citation")])), "An excerpt or insight ID, or a cited quote."),
        ]),
        Object(name: "citation", summary: "A quote and where it comes from.", properties: [
            key("quote", .text, "What was said or written."),
            key("source", .text, "Where it comes from."),
        ]),
        Object(name: "change", summary: "A change needed to reach the target experience.", properties: [
            key("id", .id, required: true, "Unique across the workspace."),
            key("text", .text, required: true, "The change."),
        ]),
        Object(name: "measure", summary: "How success is measured.", properties: [
            key("id", .id, required: true, "Unique across the workspace."),
            key("text", .text, required: true, "The measure."),
        ]),
        Object(name: "blueprint change", summary: "A change written outside the stages.", properties: [
            key("id", .id, required: true, "Unique across the workspace."),
            key("stage", .id, required: true, "The stage it belongs to."),
            key("text", .text, required: true, "The change."),
        ]),
        Object(name: "blueprint measure", summary: "A measure written outside the stages.", properties: [
            key("id", .id, required: true, "Unique across the workspace."),
            key("stage", .id, required: true, "The stage it belongs to."),
            key("text", .text, required: true, "The measure."),
        ]),
    ]

    /// The object schema of this name.
    public static func object(_ name: String) -> Object? { byName[name] }

    /// Decoders look objects up once per mapping: keep it a hash lookup.
    private static let byName = Dictionary(objects.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    /// The document kinds, in the order above.
    public static var documentKinds: [String] { objects.compactMap(\.kind) }
}
