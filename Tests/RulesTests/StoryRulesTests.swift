import BlueprintKit
@testable import BlueprintRules
import Testing
@testable import BlueprintRules

/// What the story-quality rules do beyond their documented examples.
@Suite("Story rules")
struct StoryRulesTests {
    static func findings(_ rule: String, _ files: [(String, String)]) -> [Diagnostic] {
        Checker.check(files.map { SourceFile(path: $0.0, text: $0.1) }).diagnostics.filter { $0.ruleID == rule }
    }

    static func story(_ text: String) -> String {
        "kind: stories\nid: s\nroles: [customer]\nstories:\n  - id: a\n    text: \(text)\n"
    }

    @Test("a finding points at the word when the text is plain or quoted on one line, else at the whole text")
    func locations() {
        let plain = Self.findings("BP047", [("a.yaml", Self.story("As a customer I need an easy way to pay so that I am not fined"))])
        #expect(plain.map(\.range.start.column) == [35])
        #expect(plain.map(\.range.end.column) == [39])
        let quoted = Self.findings("BP047", [("a.yaml", Self.story("'As a customer I need an easy way to pay so that I am not fined'"))])
        #expect(quoted.map(\.range.start.column) == [36])
        // An escape makes columns and characters differ: the whole text is the safe answer.
        for text in ["\"As a customer I need an \\u0065asy way to pay so that I am not fined\"",
                     ">-\n      As a customer I need an easy way\n      to pay so that I am not fined"] {
            let result = Checker.check([SourceFile(path: "a.yaml", text: Self.story(text))])
            let whole = result.workspace.stories.map(\.text.range)
            #expect(whole.count == 1)
            #expect(result.diagnostics.filter { $0.ruleID == "BP047" }.map(\.range) == whole)
        }
    }

    @Test("a twin in another document is named in a note at its place")
    func uniqueAcrossDocuments() throws {
        let other = Self.story("As a customer I need an easy way to pay so that I am not fined").replacingOccurrences(of: "id: s\n", with: "id: t\n")
            .replacingOccurrences(of: "roles: [customer]\n", with: "").replacingOccurrences(of: "id: a\n", with: "id: b\n")
        let found = Self.findings("BP046", [("a.yaml", Self.story("As a customer I need an easy way to pay so that I am not fined")), ("b.yaml", other)])
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.range.file == "b.yaml")
        #expect(finding.message == "story 'b' is the same as story 'a'")
        #expect(finding.notes.map(\.range?.file) == ["a.yaml"])
    }

    @Test("uniform needs one template more common than every other: a tie reports nothing")
    func uniformTie() {
        let yaml = "kind: stories\nid: s\nroles: [customer]\nstories:\n"
            + "  - {id: a, text: As a customer I need to pay so that I am not fined}\n"
            + "  - {id: b, text: As a customer I need to report a bin so that it is collected}\n"
            + "  - {id: c, text: As a customer I want to see my bills so that I can budget}\n"
            + "  - {id: d, text: As a customer I want to move house so that my bins follow me}\n"
        #expect(Self.findings("BP045", [("a.yaml", yaml)]).isEmpty)
        let majority = yaml + "  - {id: e, text: As a customer I need to order a bin so that I have one}\n"
        #expect(Self.findings("BP045", [("a.yaml", majority)]).map(\.message) == [
            "story 'c' says 'I want' where most stories say 'I need' (3 of 5 stories)",
            "story 'd' says 'I want' where most stories say 'I need' (3 of 5 stories)",
        ])
    }

    @Test("a role matches a persona's title, and plurals and case are forgiven")
    func roleMatching() {
        let persona = "kind: persona\nid: agent\nname: Sam\ntitle: Contact Centre Agent\nrole: staff\n"
        let stories = "kind: stories\nid: s\nroles: [tenants, {id: rnd-lead, name: research and development lead}]\nstories:\n"
            + "  - {id: d, text: As a research and development lead I need a budget so that I can plan}\n"
            + "  - {id: a, text: As a contact centre agent I need the repair history so that I can answer calls}\n"
            + "  - {id: b, text: As a Tenant I need to book a repair so that it is fixed}\n"
            + "  - {id: c, text: As a landlord I need to see repairs so that I can plan}\n"
        let found = Self.findings("BP048", [("a.yaml", persona), ("b.yaml", stories)])
        #expect(found.map(\.message) == ["the role 'landlord' of story 'c' is not a persona or a declared role"])
        #expect(found.first?.help == "declare it under 'roles:' ('- landlord') or set 'persona:' on the story")
    }

    @Test("the prefix-filtered similarity search finds what comparing every pair finds")
    func similarityMatchesBruteForce() {
        var generator = SplitMix(seed: 42)
        let vocabulary = (0..<30).map { "w\($0)" }
        for _ in 0..<20 {
            var sets: [Set<String>] = []
            for _ in 0..<60 {
                // Some sets copy an earlier one with a word changed, so near duplicates exist.
                if let base = sets.randomElement(using: &generator), Int.random(in: 0..<3, using: &generator) == 0 {
                    var copy = base
                    if Bool.random(using: &generator), let word = copy.randomElement(using: &generator) { copy.remove(word) }
                    copy.insert(vocabulary.randomElement(using: &generator)!)
                    sets.append(copy)
                } else {
                    sets.append(Set((0..<Int.random(in: 0...12, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! }))
                }
            }
            for percent in [50, 85, 100] {
                var search = SimilarWordSets(sets, percent: percent)
                for index in sets.indices {
                    let expected = (0..<index).first { other in
                        let shared = sets[index].intersection(sets[other]).count
                        let union = sets[index].union(sets[other]).count
                        return !sets[index].isEmpty && shared * 100 >= percent * union
                    }
                    #expect(search.earliestMatch(of: index)?.0 == expected, "set \(index) at \(percent)%")
                }
            }
        }
    }
}

/// A small seeded generator, so the random test is the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
