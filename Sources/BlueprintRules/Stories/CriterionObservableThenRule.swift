import BlueprintDiagnostics
import BlueprintModel

/// An acceptance criterion whose outcome nobody can see happen.
struct CriterionObservableThenRule: Rule, StoryRule {
    /// Outcomes that happen inside someone's head, or say nothing: "it works", "the user is happy".
    static let unobservable: [String] = [
        "works", "happy", "satisfied", "pleased", "delighted", "feels", "feel",
        "understands", "understand", "knows", "know", "aware", "trusts", "confident", "as expected", "correctly",
        "properly", "fine", "ok", "okay", "good",
    ]

    /// Outcomes someone can see or check: what is shown, sent, recorded or changed.
    static let observable: Set = [
        "show", "shows", "shown", "display", "displays", "displayed", "see", "sees", "seen", "receive", "receives",
        "received", "get", "gets", "got", "send", "sends", "sent", "tell", "tells", "told", "records",
        "recorded", "save", "saves", "saved", "return", "returns", "returned", "lists", "listed",
        "names", "named", "say", "says", "said", "appear", "appears", "asked", "give", "gives", "given", "offer",
        "offers", "offered", "contain", "contains", "logs", "logged", "create", "creates", "created",
        "emails", "emailed", "texts", "texted", "calls", "called", "prints",
        "printed", "opens", "opened", "closes", "closed", "changes", "changed",
        "updates", "updated", "set", "marks", "marked", "remove", "removes", "removed",
        "delete", "deletes", "deleted", "add", "adds", "added", "include", "includes", "included", "confirm",
        "confirms", "confirmed", "notified", "redirected", "books", "booked", "assigned", "allocated",
        "paid", "charged", "refunded", "emptied", "collected", "read", "reads", "hear", "hears", "heard",
        "prompted", "warned", "reported", "stored", "exported", "downloaded", "uploaded", "stops", "starts",
        "rejected", "accepted", "blocked", "available", "visible", "hidden", "enabled", "disabled", "counted",
        "groups", "grouped", "sorts", "sorted", "filters", "filtered", "lists", "ranks", "ranked",
    ]

    static let description = RuleDescription(
        id: "BP049", name: "criterion-observable-then", stage: .stories, severity: .warning,
        summary: "An acceptance criterion has no 'then', or its outcome cannot be observed ('it works', 'the user is happy').",
        rationale: "A criterion is a test: given a situation, when something happens, then something anyone can check. A scenario without 'then' tests nothing; an outcome such as 'it works', 'the customer is happy' or 'the tenant knows' cannot be seen. Say what is shown, sent, recorded or changed: 'then the page shows the collection date'. An outcome counts as unobservable when it uses one of " + unobservable.map { "'\($0)'" }.joined(separator: ", ") + " and no verb of something seen, sent or recorded ('shows', 'sends', 'is told', 'is recorded' …).",
        triggering: [
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin so that it is collected\n    acceptance:\n      - ↓given: a missed bin\n        when: the customer reports it\n",
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin so that it is collected\n    acceptance:\n      - given: a missed bin\n        when: the customer reports it\n        then: the customer is ↓happy\n",
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin so that it is collected\n    acceptance:\n      - The report form ↓works\n",
        ],
        nonTriggering: [
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin so that it is collected\n    acceptance:\n      - given: a missed bin\n        when: the customer reports it\n        then: the customer is sent a reference number\n      - The form shows the collection day\n",
            "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: As a customer I need to report a missed bin so that it is collected\n    acceptance:\n      - given: a missed bin\n        when: the customer reports it\n        then: the customer knows the report arrived, because they are sent a reference number\n",
        ])

    init() {}

    func check(_ stories: [StoryReading], in workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        let phrases = Self.unobservable.map { $0.split(separator: " ").map(String.init) }
        return stories.flatMap { reading in
            let story = reading.story
            return story.acceptance.compactMap { criterion -> Diagnostic? in
                if case .scenario(_, _, nil, _) = criterion.form {
                    return finding("\(criterion.named) of \(story.named) has no 'then': it says when, not what should happen",
                                   at: criterion.range,
                                   help: "add 'then: <what can be seen>', e.g. 'then: the customer is sent a reference number'")
                }
                guard let outcome = criterion.outcome else { return nil }
                let words = outcome.value.words()
                guard !words.contains(where: { Self.observable.contains($0.lower) }) else { return nil }
                guard let start = words.indices.first(where: { index in phrases.contains { words.hasPhrase($0, at: index) } }),
                      let phrase = phrases.first(where: { words.hasPhrase($0, at: start) }) else {
                    guard words.isEmpty else { return nil }
                    return finding("\(criterion.named) of \(story.named) has an empty outcome", at: outcome.range,
                                   help: "say what can be seen when it is done, e.g. 'the customer is sent a reference number'")
                }
                let span = words[start].span.lowerBound..<words[start + phrase.count - 1].span.upperBound
                return finding("\(criterion.named) of \(story.named) expects '\(outcome.value[span])', which nobody can observe",
                               at: outcome.range(of: span),
                               help: "say what can be seen or checked: what is shown, sent, recorded or changed, e.g. 'the page shows the collection date'")
            }
        }
    }
}
