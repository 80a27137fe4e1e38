import BlueprintSyntax

/// Writes realistic workspaces of a chosen size for benchmarks and soak tests: blueprints with
/// many stages, lanes and steps (flow links, emotions, pain points with citations, changes and
/// measures), personas, user stories with acceptance criteria addressing the blueprints' pain
/// points, and research (a study with a sampling plan, participants, a session of tagged
/// excerpts per blueprint, a codebook, insights and recommendations). Every part links to the
/// others as a real workspace does, and the whole checks clean. The same seed and size always
/// give the same bytes.
public struct WorkspaceGenerator {
    /// A small, fast, seedable random number generator (SplitMix64), so output never depends
    /// on the platform's generator.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    public var seed: UInt64
    private var random: SplitMix64
    /// What the last blueprint defined, for the stories and notes that refer to it.
    private var steps: [String] = []
    private var pains: [String] = []

    public init(seed: UInt64 = 1) {
        self.seed = seed
        random = SplitMix64(state: seed)
    }

    static let verbs = ["Notices", "Reports", "Checks", "Calls", "Waits for", "Books", "Confirms", "Updates",
                        "Assigns", "Inspects", "Repairs", "Collects", "Logs", "Reviews", "Escalates", "Closes"]
    static let objects = ["the missed collection", "a pothole on the road", "the damp in the flat", "an appointment",
                          "the reference number", "the contractor's diary", "the case record", "the round sheet",
                          "the street light", "the complaint", "the online account", "the repair order"]
    static let channels = ["phone", "web", "email", "app", "letter", "webchat", "social media"]
    static let actors = ["contact-centre-agent", "waste-operative-driver", "repairs-scheduler", "highways-inspector",
                         "business-support", "contractor", "service-team"]
    static let lanes = ["evidence", "customer", "frontstage", "backstage", "support"]

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
    private mutating func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }

    private mutating func sentence(words: Int) -> String {
        var parts = [pick(Self.verbs), pick(Self.objects)]
        while parts.count < words { parts.append(pick(["and", "then", "while", "before"])); parts.append(pick(Self.objects)) }
        return parts.joined(separator: " ")
    }

    /// Files (relative path and text) adding up to at least `bytes`, in a stable order.
    public mutating func files(totalBytes bytes: Int) -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = [("workspace.yaml", "kind: workspace\nname: Generated workspace (seed \(seed))\n")]
        var personas = ""
        for index in 0..<12 {
            personas += persona(index)
        }
        files.append(("personas.yaml", personas))
        var total = files.reduce(0) { $0 + $1.text.utf8.count }
        var index = 0
        var insights = ""
        while total < bytes {
            let blueprint = blueprint(index)
            let stories = stories(index)
            let notes = notes(index)
            insights += insight(index)
            files += [("blueprints/b\(index).yaml", blueprint), ("stories/s\(index).yaml", stories), ("research/notes-\(index).yaml", notes)]
            total += blueprint.utf8.count + stories.utf8.count + notes.utf8.count
            index += 1
        }
        files += [("research/study.yaml", study(participants: index)), ("research/codebook.yaml", codebook()),
                  ("research/insights.yaml", "kind: insights\nid: generated-insights\nstudy: generated-study\ninsights:\n" + insights
                    + "recommendations:\n" + (0..<index).map(recommendation).joined())]
        return files
    }

    static let ageBands = ["18-24", "25-34", "35-64", "65+"]
    static let tagCount = 24
    static let wants = ["see the status of", "track", "book a visit about", "change the date for", "cancel", "confirm",
                        "get a text about", "check the history of", "receive a letter about", "upload a photo of"]
    static let benefits = ["I can plan my week", "I do not have to call again", "the right crew attends", "I know what happens next",
                           "the repair is done first time", "nobody has to chase the case", "my neighbours are not disturbed"]

    /// A few user stories addressing the last blueprint's pain points and changes; most have
    /// acceptance criteria. A case and a house number keep each story's words apart from the others'.
    private mutating func stories(_ index: Int) -> String {
        var text = "kind: stories\nid: stories-\(index)\n"
        if index == 0 { text += "roles:\n  - id: resident\n    name: resident\n" }
        text += "epics:\n  - id: epic-\(index)\n    title: \(YAMLText.doubleQuoted("Generated journey \(index) works first time"))\nstories:\n"
        for number in 0..<6 {
            let id = "st-\(index)-\(number)"
            var addresses = ["b\(index)-c\(number)"]
            if number < pains.count { addresses.append(pains[number]) }
            if number == 0 { addresses.append("rec-b\(index)") }
            text += """
              - id: \(id)
                epic: epic-\(index)
                text: \(YAMLText.doubleQuoted("As a resident I need to \(pick(Self.wants)) \(pick(Self.objects)) for case C\(index * 10 + number) at house \(index * 6 + number + 1) so that \(pick(Self.benefits))"))
                persona: persona-\(index % 8)
                addresses: [\(addresses.joined(separator: ", "))]
                priority: \(pick(["must", "should", "could"]))
                estimate: \(1 + random.next() % 8)

            """
            if chance(70) {
                text += """
                    acceptance:
                      - given: \(YAMLText.doubleQuoted("case \(index * 10 + number) is open"))
                        when: the resident opens the case page
                        then: the page shows the case status and the next date
                      - The resident receives a text message when the status changes

                """
            }
        }
        return text
    }

    /// One interview per blueprint: a participant's tagged excerpts about its steps.
    private mutating func notes(_ index: Int) -> String {
        var text = "kind: notes\nid: session-\(index)\nstudy: generated-study\nparticipants: [P\(index)]\nmethod: interview\nexcerpts:\n"
        for number in 0..<6 {
            let tags = Set((0..<(1 + random.next() % 3)).map { _ in "tag-\(random.next() % UInt64(Self.tagCount))" }).sorted()
            text += "  - id: ex-\(index)-\(number)\n    text: \(YAMLText.doubleQuoted(sentence(words: 10)))\n"
            text += "    tags: [\(tags.joined(separator: ", "))]\n    sentiment: \(pick(["negative", "neutral", "positive", "mixed"]))\n"
            if !steps.isEmpty { text += "    step: \(pick(steps))\n" }
        }
        return text
    }

    /// The insight that explains the last blueprint's pain points, with its session's evidence.
    private mutating func insight(_ index: Int) -> String {
        """
          - id: insight-b\(index)
            statement: \(YAMLText.doubleQuoted(sentence(words: 12)))
            evidence: [\((0..<3).map { "ex-\(index)-\($0)" }.joined(separator: ", "))]
            themes: [theme-\(index % 4)]
            pains: [\(pains.joined(separator: ", "))]

        """
    }

    private func recommendation(_ index: Int) -> String {
        """
          - id: rec-b\(index)
            insights: [insight-b\(index)]
            text: Send the resident the case status at every change
            measures: [Calls chasing a case, Cases closed first time]
            changes: [b\(index)-c0]

        """
    }

    /// The study with a sampling plan, and one participant per session.
    private mutating func study(participants count: Int) -> String {
        var text = """
        kind: study
        id: generated-study
        title: Generated study
        method: Interviews
        sampling:
          size: \(count)
          segment: citizen
          attributes:
            - name: age band
              targets: {18-24: 10%, 25-34: 30%, 35-64: 40%, 65+: 20%}
        ---
        kind: participants
        study: generated-study
        participants:

        """
        for index in 0..<count {
            text += "  - {id: P\(index), segment: citizen, consent: \(chance(90) ? "quote" : "paraphrase"), attributes: {age band: \"\(pick(Self.ageBands))\"}}\n"
        }
        return text
    }

    private func codebook() -> String {
        var text = "kind: codebook\nid: generated-codebook\nstudy: generated-study\nthemes:\n"
        for theme in 0..<4 {
            text += "  - id: theme-\(theme)\n    name: Theme \(theme)\n    tags:\n"
            for tag in stride(from: theme, to: Self.tagCount, by: 4) {
                text += "      - {id: tag-\(tag), name: Tag \(tag)}\n"
            }
        }
        return text
    }

    private mutating func persona(_ index: Int) -> String {
        let staff = index >= 8
        return """
        ---
        kind: persona
        id: persona-\(index)
        name: \(staff ? "Staff member" : "Resident") \(index)
        role: \(staff ? "staff" : "customer")
        summary: \(YAMLText.doubleQuoted(sentence(words: 12)))
        needs:
          - id: persona-\(index)-need-1
            text: \(YAMLText.doubleQuoted(sentence(words: 6)))
          - \(YAMLText.doubleQuoted(sentence(words: 5)))
        attributes: {age band: "\(pick(["18-24", "25-34", "35-64", "65+"]))", digital confidence: \(pick(["low", "medium", "high"]))}

        """
    }

    /// One blueprint of about 15 KB: 10 stages, 5 lanes, 3 to 5 steps per stage. The first one is
    /// large (16 stages of 10 to 14 steps), so benchmarks have a big diagram to render.
    private mutating func blueprint(_ index: Int) -> String {
        let stages = index == 0 ? 16 : 10
        let (fewest, spread) = index == 0 ? (10, 5) : (3, 3)
        let prefix = "b\(index)"
        var text = """
        kind: blueprint
        id: \(prefix)
        title: \(YAMLText.doubleQuoted("Generated journey \(index)"))
        description: \(YAMLText.doubleQuoted(sentence(words: 14)))
        state: current
        persona: persona-\(index % 8)
        actors: [\(Self.actors.joined(separator: ", "))]
        stages:

        """
        var previous: String?
        var step = 0
        steps = []
        pains = []
        for stage in 0..<stages {
            text += "  - id: stage-\(stage)\n    name: \(YAMLText.doubleQuoted("Stage \(stage)"))\n"
            text += "    description: \(YAMLText.doubleQuoted(sentence(words: 8)))\n    steps:\n"
            let count = fewest + Int(random.next() % UInt64(spread))
            for position in 0..<count {
                let id = "\(prefix)-s\(step)"
                steps.append(id)
                let lane = position == 0 ? "customer" : (position == 1 ? "frontstage" : pick(Array(Self.lanes.dropFirst(2))))
                text += "      - id: \(id)\n        lane: \(lane)\n        text: \(YAMLText.doubleQuoted(sentence(words: 6)))\n"
                if lane == "customer" {
                    text += "        channel: \(pick(Self.channels))\n        emotion: \(Int(random.next() % 5) - 2)\n"
                } else {
                    text += "        actor: \(pick(Self.actors))\n"
                }
                if let previous { text += "        after: [\(previous)]\n" }
                if chance(30) { text += "        wait: \(1 + random.next() % 30)m\n" }
                if chance(20) {
                    pains.append("\(id)-pain")
                    text += """
                            pains:
                              - id: \(id)-pain
                                text: \(YAMLText.doubleQuoted(sentence(words: 9)))
                                severity: \(pick(["low", "medium", "high", "critical"]))
                                evidence:
                                  - quote: \(YAMLText.doubleQuoted(sentence(words: 10)))
                                    source: Generated interview

                    """
                }
                previous = id
                step += 1
            }
            text += "    changes:\n      - id: \(prefix)-c\(stage)\n        text: \(YAMLText.doubleQuoted(sentence(words: 8)))\n"
            text += "    measures:\n      - id: \(prefix)-m\(stage)\n        text: \(YAMLText.doubleQuoted(sentence(words: 7)))\n"
        }
        return text
    }
}
