@testable import BlueprintKit
import Foundation
import Testing
import TestSupport

/// One mistake, one error: mistakes planted in a copy of the example workspace, each reported
/// once, at its own line, and nothing else (issue 18: five planted errors gave ten messages).
@Suite("No cascades")
struct PlantedMistakeTests {
    /// A change to one file of the example, and where its error must be.
    struct Mistake: CustomStringConvertible {
        var file: String
        /// Where in the file to start looking for `old`, when it occurs earlier too.
        var after: String? = nil
        var old: String
        var new: String
        /// Text on the line the error must point at; `new` when nil.
        var at: String? = nil
        var description: String { "\(file): '\(old)' → '\(new)'" }
    }

    static let typoKey = Mistake(file: "blueprints/missed-bin-current.yaml", old: "    steps:", new: "    stpes:")
    static let missingText = Mistake(file: "blueprints/housing-repair-current.yaml", after: "- id: hr-notices-damp",
                                     old: "        text: Damp from a leak spreads into mould in several rooms\n", new: "",
                                     at: "- id: hr-notices-damp")
    static let badLaneList = Mistake(file: "blueprints/bereavement-current.yaml", old: "  - frontstage\n", new: "  - frontstge\n")
    static let insightKey = Mistake(file: "research/insights.yaml", after: "id: insight-1", old: "statement:", new: "statment:")
    static let typoReference = Mistake(file: "blueprints/stories/waste.yaml", after: "addresses: [mb-no-acknowledgement",
                                       old: "mr-hamid-kept-informed]", new: "mr-hamid-kept-informd]")

    /// The issue's five: a typo'd key, a missing required field, a bad lane list, a typo'd
    /// key in an insight and a real typo in a reference.
    static let five = [typoKey, missingText, badLaneList, insightKey, typoReference]

    static let ten = five + [
        Mistake(file: "blueprints/highways-report-current.yaml", old: "lane: customer", new: "lane: custmer"),
        Mistake(file: "blueprints/gold-standard.yaml", old: "name: Issue\n", new: "name: [Issue]\n"),
        Mistake(file: "blueprints/missed-bin-future.yaml", old: "emotion: 1\n", new: "emotion: 5\n"),
        // A step pasted from another blueprint, ID and all.
        Mistake(file: "blueprints/missed-bin-future.yaml", old: "      - id: mbf-reallocates-same-day\n",
                new: "      - id: hr-calls\n        lane: customer\n        text: Calls again\n      - id: mbf-reallocates-same-day\n",
                at: "- id: hr-calls"),
        Mistake(file: "blueprints/personas/hayley.yaml", old: "name: Hayley\n", new: "name: [Hayley\n"),
    ]

    static func example() throws -> [SourceFile] {
        let files = try WorkspaceFiles.collect([], currentDirectory: Run.repository)
        return try WorkspaceFiles.read(files, currentDirectory: Run.repository)
    }

    /// The example with `mistakes` planted, and where each error must be ("file:line").
    static func planted(_ mistakes: [Mistake]) throws -> (files: [SourceFile], expected: [String]) {
        var texts = Dictionary(uniqueKeysWithValues: try example().map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        for mistake in mistakes {
            let text = try #require(texts[mistake.file], "\(mistake.file) is not in the example")
            let start = try mistake.after.map { try #require(text.range(of: $0), "\(mistake)").lowerBound } ?? text.startIndex
            let old = try #require(text.range(of: mistake.old, range: start..<text.endIndex), "\(mistake)")
            texts[mistake.file] = text.replacingCharacters(in: old, with: mistake.new)
        }
        let expected = try mistakes.map { mistake in
            let text = texts[mistake.file]!
            let start = mistake.after.flatMap { text.range(of: $0)?.lowerBound } ?? text.startIndex
            let marker = try #require(text.range(of: mistake.at ?? mistake.new, range: start..<text.endIndex), "\(mistake)")
            return "\(mistake.file):\(text[..<marker.lowerBound].count { $0 == "\n" } + 1)"
        }
        return (texts.keys.sorted().map { SourceFile(path: $0, text: texts[$0]!) }, expected)
    }

    /// Warnings by rule and message: a cascade may move no warning in or out.
    static func warnings(_ result: CheckResult) -> [String] {
        result.diagnostics.filter { $0.severity == .warning }.map { "\($0.ruleID) \($0.message)" }.sorted()
    }

    @Test("ten independent mistakes in the example give ten errors, each at its mistake, and no new warning",
          arguments: [("five", five), ("ten", ten)])
    func oneErrorEach(_ name: String, _ mistakes: [Mistake]) async throws {
        let (files, expected) = try Self.planted(mistakes)
        let result = await Checker.checkConcurrently(files)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map { "\($0.range.file):\($0.range.start.line)" }.sorted() == expected.sorted(),
                "\(errors.map { "\($0.range.file):\($0.range.start.line): \($0.message)" })")
        #expect(Self.warnings(result) == Self.warnings(Checker.check(try Self.example())))
    }

    @Test("a typo'd key is read as the key it misspells, so its stage keeps its steps and references to them hold")
    func typoKeyIsRead() throws {
        let result = Checker.check(try Self.planted([Self.typoKey]).files)
        #expect(result.diagnostics.filter { $0.severity != .warning || $0.ruleID == "BP031" }.map(\.ruleID) == ["BP013"])
        #expect(result.workspace.blueprint("missed-bin-current")?.stages.first?.steps.first?.id.value == "mb-story")
    }

    @Test("a step left out for its own error is known by its ID and its pain points' IDs; a typo elsewhere is still an error")
    func droppedIsKnown() {
        let blueprint = SourceFile(path: "b.yaml", text: """
            kind: blueprint
            id: b
            title: B
            stages:
              - id: issue
                name: Issue
                steps:
                  - id: notices
                    lane: customer
                    pains:
                      - id: no-reason
                        text: Nobody says why
                  - id: calls
                    lane: customer
                    text: Calls
                    after: [notices]
                  - id: waits
                    lane: customer
                    text: Waits
                    after: [calls, notice]

            """)
        let notes = SourceFile(path: "n.yaml", text: """
            kind: insights
            id: i
            insights:
              - id: why
                statement: Nobody knows why
                pains: [no-reason]

            """)
        let result = Checker.check([blueprint, notes])
        #expect(result.workspace.dropped.map(\.value) == ["notices", "no-reason"])
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["a step needs 'text'", "unknown step 'notice' in 'after'"])
    }
}

extension PlantedMistakeTests {
    @Test("a file naming an element dropped for its own error is held back for that element's file, not for an undefined ID")
    func heldBackForTheDroppedFile() throws {
        let result = Checker.check(try Self.planted([Self.missingText]).files)
        let held = SoundFiles(result).heldBack
        #expect(held["blueprints/housing-repair-current.yaml"] != nil)
        let dependents = held.compactMap { file, reason -> String? in
            guard case .names(_, _, let definedIn) = reason else { return nil }
            #expect(definedIn != nil, "\(file) names an ID no readable file defines")
            return file
        }
        #expect(!dependents.isEmpty)
    }
}

@Suite("Cascades after a file that cannot be read")
struct CascadeTests {
    @Test("references to IDs a broken file spells are folded into one note there; typos elsewhere are still errors")
    func folded() {
        let broken = SourceFile(path: "broken.yaml", text: "kind: persona\nid: mr-hamid\nname: [Mr Hamid\nrole: customer\n")
        let story = SourceFile(path: "stories.yaml", text: """
            kind: stories
            id: s
            stories:
              - id: st
                text: As a customer I need to know when my bin is collected so that I can put it out
                persona: mr-hamid
              - id: st2
                text: As a customer I need to know why my bin was missed so that I can put it right
                persona: mr-hamed-typo

            """)
        let result = Checker.check([broken, story])
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.ruleID) == ["BP001", "BP021"], "\(errors.map(\.message))")
        #expect(errors.last?.message.contains("mr-hamed-typo") == true)
        let note = result.diagnostics.first { $0.severity == .note && $0.ruleID == "BP021" }
        #expect(note?.range.file == "broken.yaml")
        #expect(note?.message.hasPrefix("1 reference to IDs this file defines was not checked") == true)
        // Without the broken file nothing is folded: the same reference is an error.
        #expect(Checker.check([story]).diagnostics.filter { $0.ruleID == "BP021" && $0.severity == .error }.count == 2)
    }

    @Test("an actor naming a persona of a broken file is folded the same way, not warned about (BP039)")
    func actorFolded() {
        let broken = SourceFile(path: "broken.yaml", text: "kind: persona\nid: agent\nname: [Agent\nrole: staff\n")
        let blueprint = SourceFile(path: "b.yaml", text: """
            kind: blueprint
            id: b
            title: B
            stages:
              - id: s
                name: S
                steps:
                  - {id: logs, lane: frontstage, actor: agent, text: Logs it}
                  - {id: fixes, lane: backstage, actor: crew, text: Fixes it, after: [logs]}

            """)
        let result = Checker.check([broken, blueprint])
        #expect(result.diagnostics.filter { $0.ruleID == "BP039" }.map(\.message) == [
            "actor 'crew' of step 'fixes' is not a persona or one of blueprint 'b''s actors",
        ])
        #expect(result.diagnostics.contains { $0.severity == .note && $0.range.file == "broken.yaml" })
    }
}
