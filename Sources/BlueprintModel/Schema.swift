/// The keys of every document kind and of every element inside one, with their types and a
/// sentence each. It is the single list of allowed keys: decoders read only keys declared here
/// (`Fields` reports the others as unknown, with a did-you-mean), and `blueprint schema` turns
/// it into a JSON Schema for editors.
public enum Schema {
    /// The shape of a value.
    public indirect enum ValueType: Sendable, Hashable {
        case text
        case id
        /// An ID, or `blueprint-id/id` for the element of one blueprint (a future state's reuse).
        case reference
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
            key("improves", .id, "Only on a future state: the current-state blueprint it improves (BP025 checks both states)."),
            key("service", .text, "The service area, e.g. waste, highways, housing repairs."),
            key("persona", .id, "The persona whose journey this is."),
            key("personas", .list(.id), "The personas whose journey this is."),
            key("actors", .list(.id), "Who else acts in it (teams, roles, systems): what a step's `actor` may name besides a persona ID."),
            key("lanes", .list(.oneOf([.choice(Lane.standardKinds.map(\.rawValue)), .object("lane")])),
                "The rows, top to bottom; default: evidence, customer, frontstage, backstage, support."),
            key("stages", .list(.object("stage")), required: true, "The columns, left to right."),
            key("changes", .list(.object("blueprint change")), "Changes needed, each naming its stage."),
            key("measures", .list(.object("blueprint measure")), "Measures, each naming its stage."),
        ], kind: "blueprint"),
        Object(name: "lane", summary: "A custom row of a blueprint.", properties: [
            key("id", .id, required: true, "What steps name in `lane`."),
            key("name", .text, "The row's heading; default: the standard name of its type."),
            key("type", .choice(laneKinds), "Decides where the lines of interaction (customer / frontstage), visibility (frontstage / backstage) and internal interaction (backstage / support) fall; default: the ID if it is a standard lane, else custom."),
        ]),
        Object(name: "stage", summary: "A column of a blueprint: one phase of the journey.", properties: [
            key("id", .id, required: true, "Unique within the blueprint."),
            key("name", .text, required: true, "The column heading."),
            key("description", .text, "What happens in this stage."),
            key("steps", .list(.object("step")), "What happens, lane by lane; a stage with none is a warning (BP031)."),
            key("pains", .list(.object("pain point")), "Pain points of the stage as a whole."),
            key("changes", .list(.object("change")), "Changes needed in this stage."),
            key("measures", .list(.object("measure")), "How this stage will be measured."),
        ]),
        Object(name: "step", summary: "Something that happens, in one stage and one lane.", properties: [
            key("id", .id, "Unique across the workspace; a future state may reuse the ID of the current state's step it stands for. Needed only when something names the step (`after`, a story); without one, messages call it `stage#n`, its stage and its place in the stage's `steps`."),
            key("lane", .id, required: true, "The lane (row) it sits in."),
            key("text", .oneOf([.text, .list(.text)]), required: true, "What happens; a list of lines is drawn as bullets in one box (several things in one cell)."),
            key("actor", .text, "Who does it: a persona ID or one of the blueprint's `actors`; a change of actor along an arrow is a hand-off."),
            key("channel", .text, "phone, web, email, app, letter, face-to-face …"),
            key("emotion", .integer(-2...2), "How the customer feels, from -2 to 2; drawn as the emotion curve above the customer row."),
            key("after", .list(.id), "The steps this one follows, in any stage of the same blueprint (flow arrows)."),
            key("duration", .duration, "How long it takes: 30s, 5m, 2h, 3d, 2w (also 5 minutes, 3 days …)."),
            key("wait", .duration, "How long the customer waits before it."),
            key("pains", .list(.object("pain point")), "Pain points of this step."),
        ]),
        Object(name: "pain point", summary: "A problem in the journey, with its evidence.", properties: [
            key("id", .id, required: true, "Unique across the workspace; a future state may reuse the current state's."),
            key("text", .text, required: true, "The problem."),
            key("severity", .choice(PainPoint.Severity.allCases.map(\.rawValue)), "low, medium (default), high or critical."),
            key("evidence", .list(.oneOf([.id, .object("citation")])), "An excerpt or insight ID, or a cited quote; none is a warning (BP032)."),
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

        // The product owner's kind.
        Object(name: "stories", summary: "User stories with acceptance criteria, grouped into epics.", properties: [
            kindKey,
            key("id", .id, required: true, "Unique across the workspace."),
            key("title", .text, "What the stories are about."),
            key("roles", .list(.oneOf([.id, .object("role")])), "Roles stories are written for that are not persona names; a role that is neither is a finding (BP048)."),
            key("epics", .list(.object("epic")), "Large pieces of work that group stories."),
            key("stories", .list(.object("story")), "The user stories."),
        ], kind: "stories"),
        Object(name: "role", summary: "A role named after 'As a' in stories.", properties: [
            key("id", .id, required: true, "Unique across the workspace."),
            key("name", .text, "The role as written in stories; default: the ID with dashes as spaces."),
            key("persona", .id, "The persona who plays the role."),
        ]),
        Object(name: "epic", summary: "A large piece of work that groups stories.", properties: [
            key("id", .id, required: true, "Unique across the workspace."),
            key("title", .text, required: true, "What it delivers."),
            key("goal", .text, "The outcome it aims for."),
        ]),
        Object(name: "story", summary: "As a <role> I need <goal> so that <benefit>.", properties: [
            key("id", .id, required: true, "Unique across the workspace."),
            key("epic", .id, "The epic it belongs to."),
            key("text", .text, required: true, "As a <role> I need <goal> so that <benefit> (also As an, want, can; a missing benefit is a finding, not an error)."),
            key("persona", .id, "The persona it serves; otherwise read from the text."),
            key("role", .id, "A declared role it serves; otherwise read from the text."),
            key("addresses", .list(.reference), "Pain points, gold-standard changes, recommendations or persona needs it serves; 'blueprint-id/id' names a future state's reuse of an ID."),
            key("priority", .oneOf([.choice(Story.Priority.words), .integer(1...1_000_000)]), "must, should, could, wont, or a rank (1 first)."),
            key("estimate", .integer(0...1000), "Story points."),
            key("labels", .list(.text), "Labels for the backlog."),
            key("status", .choice(Story.Status.allCases.map(\.rawValue)), "idea, ready, in-progress or done."),
            key("acceptance", .list(.oneOf([.text, .object("acceptance criterion")])), "Acceptance criteria: given/when/then, or checklist items."),
        ]),
        Object(name: "acceptance criterion", summary: "Given a context, when an event happens, then an outcome; or a checklist item.", properties: [
            key("id", .id, "Unique across the workspace; default: <story-id>.<n>."),
            key("given", .text, "The context."),
            key("when", .text, "The event."),
            key("then", .text, "The observable outcome."),
            key("and", .oneOf([.text, .list(.text)]), "More outcomes."),
            key("text", .text, "A checklist item, instead of given/when/then."),
        ]),

        // The researcher's kinds.
        Object(name: "study", summary: "A piece of research: questions, method, dates and a sampling plan.", properties: [
            kindKey,
            key("id", .id, required: true, "Unique across the workspace."),
            key("title", .text, required: true, "The study's name."),
            key("method", .text, "How the research was done."),
            key("questions", .list(.text), "The research questions."),
            key("start", .text, "When it started (a date)."),
            key("end", .text, "When it ended (a date)."),
            key("sampling", .object("sampling plan"), "How many participants to recruit, in what proportions."),
        ], kind: "study"),
        Object(name: "sampling plan", summary: "The target sample and its proportions.", properties: [
            key("size", .integer(1...1_000_000), required: true, "The target number of participants."),
            key("segment", .choice(Participant.Segment.allCases.map(\.rawValue)), "Count only participants of this segment."),
            key("attributes", .list(.object("sampling attribute")), "Target proportions per attribute."),
        ]),
        Object(name: "sampling attribute", summary: "Target proportions of one participant attribute.", properties: [
            key("name", .text, required: true, "The attribute, as named in participants' attributes."),
            key("targets", .textMap, required: true, "Value → proportion: '30%' or a number of percent; they should add up to 100."),
        ]),
        Object(name: "participants", summary: "A study's participants, under pseudonyms.", properties: [
            kindKey,
            key("study", .id, required: true, "The study they took part in."),
            key("participants", .list(.object("participant")), required: true, "The participants."),
        ], kind: "participants"),
        Object(name: "participant", summary: "Someone who took part, known by a pseudonym such as P01.", properties: [
            key("id", .id, required: true, "A pseudonym, unique across the workspace: never a name."),
            key("segment", .choice(Participant.Segment.allCases.map(\.rawValue)), required: true, "citizen, staff or business."),
            key("consent", .choice(Participant.Consent.allCases.map(\.rawValue)), "quote (may be quoted, anonymised) or paraphrase (never shown verbatim; the default)."),
            key("persona", .id, "The persona this participant informed."),
            key("attributes", .textMap, "Age band, ethnicity, service, digital confidence …"),
        ]),
        Object(name: "notes", summary: "One research session and the excerpts taken from it.", properties: [
            kindKey,
            key("id", .id, required: true, "Unique across the workspace."),
            key("study", .id, required: true, "The study."),
            key("participants", .list(.id), required: true, "Who took part."),
            key("date", .text, "When."),
            key("method", .text, "Interview, group session, shadowing …"),
            key("summary", .text, "What the session covered."),
            key("excerpts", .list(.object("excerpt")), "What was said, tagged."),
        ], kind: "notes"),
        Object(name: "excerpt", summary: "Words a participant said, tagged with codes.", properties: [
            key("id", .id, required: true, "Unique across the workspace."),
            key("text", .text, required: true, "The words, verbatim."),
            key("participant", .id, "Who said it; needed when the session has several participants."),
            key("tags", .list(.id), "Tags from the codebook."),
            key("sentiment", .choice(Excerpt.Sentiment.allCases.map(\.rawValue)), "negative, neutral, positive or mixed."),
            key("step", .reference, "The blueprint step it is about ('blueprint-id/id' for a future state's reuse of a current state's ID)."),
            key("blueprint", .id, "The blueprint it is about (with 'stage')."),
            key("stage", .id, "The stage of that blueprint it is about."),
        ]),
        Object(name: "codebook", summary: "The tags excerpts are coded with, grouped into themes.", properties: [
            kindKey,
            key("id", .id, required: true, "Unique across the workspace."),
            key("study", .id, "The study it codes."),
            key("themes", .list(.object("theme")), "Themes, each with tags and nested themes."),
            key("tags", .list(.object("tag")), "Tags outside any theme."),
        ], kind: "codebook"),
        Object(name: "theme", summary: "A group of tags and smaller themes.", properties: [
            key("id", .id, required: true, "Unique among tags and themes."),
            key("name", .text, required: true, "The theme's name."),
            key("description", .text, "What it covers."),
            key("colour", .text, "A CSS colour for charts, e.g. '#1f77b4'."),
            key("tags", .list(.object("tag")), "Its tags."),
            key("themes", .list(.object("theme")), "Nested themes."),
        ]),
        Object(name: "tag", summary: "A code for excerpts.", properties: [
            key("id", .id, required: true, "Unique among tags and themes."),
            key("name", .text, "Its label; default: the ID."),
            key("description", .text, "When to use it."),
        ]),
        Object(name: "insights", summary: "Insights with their evidence, and recommendations with success measures.", properties: [
            kindKey,
            key("id", .id, required: true, "Unique across the workspace."),
            key("study", .id, "The study they come from."),
            key("insights", .list(.object("insight")), "The insights."),
            key("recommendations", .list(.object("recommendation")), "What to do about them."),
        ], kind: "insights"),
        Object(name: "insight", summary: "A finding backed by evidence.", properties: [
            key("id", .id, required: true, "Unique across the workspace."),
            key("statement", .text, required: true, "The insight."),
            key("evidence", .list(.id), "Excerpt or comment IDs that support it."),
            key("themes", .list(.id), "Theme IDs."),
            key("pains", .list(.reference), "Pain point IDs it explains."),
        ]),
        Object(name: "recommendation", summary: "What to do about insights, and how to measure success.", properties: [
            key("id", .id, required: true, "Unique across the workspace."),
            key("insights", .list(.id), "The insights it answers."),
            key("text", .text, required: true, "The recommendation."),
            key("measures", .list(.text), "Success measures."),
            key("changes", .list(.reference), "Gold-standard change IDs it realises."),
        ]),
        Object(name: "comments", summary: "Free-text survey or webinar comments, assigned to themes.", properties: [
            kindKey,
            key("id", .id, required: true, "Unique across the workspace."),
            key("source", .text, "Where the comments come from."),
            key("study", .id, "The study they belong to."),
            key("comments", .list(.object("comment")), required: true, "The comments."),
        ], kind: "comments"),
        Object(name: "comment", summary: "One free-text comment.", properties: [
            key("id", .id, required: true, "Unique across the workspace."),
            key("text", .text, required: true, "The comment."),
            key("themes", .list(.id), "Theme IDs."),
            key("tags", .list(.id), "Tag IDs."),
        ]),
    ]

    /// The object schema of this name.
    public static func object(_ name: String) -> Object? { byName[name] }

    /// Decoders look objects up once per mapping: keep it a hash lookup.
    private static let byName = Dictionary(objects.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    /// The document kinds, in the order above.
    public static var documentKinds: [String] { objects.compactMap(\.kind) }
}
