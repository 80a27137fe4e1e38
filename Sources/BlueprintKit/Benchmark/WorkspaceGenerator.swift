import Syntax

/// Writes realistic workspaces of a chosen size for benchmarks and soak tests: blueprints with
/// many stages, lanes and steps (flow links, emotions, pain points with citations, changes and
/// measures) and personas. The same seed and size always give the same bytes.
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
        while total < bytes {
            let text = blueprint(index)
            files.append(("blueprints/b\(index).yaml", text))
            total += text.utf8.count
            index += 1
        }
        return files
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
        stages:

        """
        var previous: String?
        var step = 0
        for stage in 0..<stages {
            text += "  - id: stage-\(stage)\n    name: \(YAMLText.doubleQuoted("Stage \(stage)"))\n"
            text += "    description: \(YAMLText.doubleQuoted(sentence(words: 8)))\n    steps:\n"
            let count = fewest + Int(random.next() % UInt64(spread))
            for position in 0..<count {
                let id = "\(prefix)-s\(step)"
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
