@testable import BlueprintKit
import BlueprintAnalysis
import Foundation
import Testing
import TestSupport

/// States of one service share their steps: a future state that `improves` a current state may
/// reuse its IDs (issue 18, item 2).
@Suite("Future states reuse the current state's IDs")
struct FutureStateTests {
    static func example() throws -> [SourceFile] { try PlantedMistakeTests.example() }

    /// `file` as a future state of itself: the copy a designer starts from.
    static func futureCopy(of file: SourceFile, id current: String, as future: String, improving: Bool = true) -> SourceFile {
        var text = String(decoding: file.bytes, as: UTF8.self).replacingOccurrences(of: "\nid: \(current)\n", with: "\nid: \(future)\n")
        if improving { text = text.replacingOccurrences(of: "\nstate: current\n", with: "\nstate: future\nimproves: \(current)\n") }
        return SourceFile(path: file.path.replacingOccurrences(of: current, with: future), text: text)
    }

    static func findings(_ result: CheckResult) -> [String] {
        result.diagnostics.map { "\($0.ruleID) \($0.severity) \($0.message)" }.sorted()
    }

    @Test("a copy of each current state with a new 'id', 'state: future' and 'improves' adds no error and no warning",
          arguments: ["bereavement-current", "highways-report-current", "housing-repair-current", "missed-bin-current"])
    func copyChecksClean(_ current: String) throws {
        let files = try Self.example()
        let original = try #require(files.first { $0.path == "blueprints/\(current).yaml" })
        let copy = Self.futureCopy(of: original, id: current, as: "\(current)-next")
        let result = Checker.check(files + [copy])
        #expect(result.workspace.blueprint("\(current)-next")?.steps.count == result.workspace.blueprint(current)?.steps.count)
        #expect(Self.findings(result) == Self.findings(Checker.check(files)))
    }

    @Test("the same copy without 'improves' is a duplicate of every ID, and the help says who may reuse them")
    func unrelatedCopyClashes() throws {
        let files = try Self.example()
        let original = try #require(files.first { $0.path == "blueprints/missed-bin-current.yaml" })
        // Named to sort after the original, so the copy's IDs are the duplicates.
        let copy = Self.futureCopy(of: original, id: "missed-bin-current", as: "missed-bin-pilot", improving: false)
        let duplicates = Checker.check(files + [copy]).diagnostics.filter { $0.ruleID == "BP020" }
        #expect(!duplicates.isEmpty && duplicates.allSatisfy { $0.range.file == "blueprints/missed-bin-pilot.yaml" })
        #expect(duplicates.first?.help == "IDs are unique across the workspace, and only a future state with 'improves: missed-bin-current' may reuse the step IDs of blueprint 'missed-bin-current'; rename this step")
    }

    static let current = """
        kind: blueprint
        id: bins
        title: Bins today
        stages:
          - id: issue
            name: Issue
            steps:
              - id: calls
                lane: customer
                text: Calls the council
                pains:
                  - id: long-hold
                    text: Waits on hold

        """

    static let future = """
        kind: blueprint
        id: bins-next
        title: Bins tomorrow
        state: future
        improves: bins
        stages:
          - id: issue
            name: Issue
            steps:
              - id: calls
                lane: customer
                text: Reports online
                pains:
                  - id: long-hold
                    text: Waits for the confirmation e-mail
              - id: tracks
                lane: customer
                text: Tracks the report
                after: [calls]
                pains:
                  - id: no-confirmation
                    text: Not sure the report arrived

        """

    static func stories(_ addresses: String) -> SourceFile {
        SourceFile(path: "stories.yaml", text: """
            kind: stories
            id: s
            stories:
              - id: told
                text: As a customer I need to know my report arrived so that I stop calling
                addresses: \(addresses)

            """)
    }

    @Test("a plain reference means the current state's element, whichever file comes first; 'blueprint/id' the future state's")
    func references() throws {
        // The future state's file first: the plain ID still resolves to the current state.
        let files = [SourceFile(path: "a-next.yaml", text: Self.future), SourceFile(path: "b.yaml", text: Self.current)]
        let result = Checker.check(files + [Self.stories("[long-hold, bins-next/long-hold, bins-next/no-confirmation]")])
        #expect(result.diagnostics.filter { $0.severity != .warning }.isEmpty, "\(result.diagnostics.map(\.message))")
        let symbols = result.workspace.symbols
        #expect(symbols.definition(of: "long-hold")?.blueprint == "bins")
        #expect(symbols.definition(of: "bins-next/long-hold")?.blueprint == "bins-next")
        #expect(symbols.definition(of: "bins-next/no-confirmation")?.blueprint == "bins-next")
        // A trace tells the two apart: the future state's pain point is named as qualified.
        let graph = TraceGraph(result.workspace)
        #expect(graph.nodes["long-hold"]?.range.file == "b.yaml")
        #expect(graph.nodes["bins-next/long-hold"]?.range.file == "a-next.yaml")
        #expect(graph.edges.contains { $0.upstream == "bins-next/long-hold" && $0.downstream == "told" })
        #expect(graph.edges.contains { $0.upstream == "long-hold" && $0.downstream == "told" })

        let wrong = Checker.check(files + [Self.stories("[bins-next/long-wait, bins/no-confirmation, bins-next//x]")])
        #expect(wrong.diagnostics.filter { $0.severity == .error }.map(\.message) == [
            "unknown pain point, change, recommendation or need 'long-wait' in 'addresses'",
            "'no-confirmation' is a pain point of blueprint 'bins-next', but 'addresses' needs a pain point, change, recommendation or need of blueprint 'bins'",
            "'bins-next//x' is not a valid reference for an item of 'addresses'",
        ])
    }

    @Test("an excerpt names a future state's reused step as 'blueprint/id', or with 'blueprint:' beside 'step:'")
    func excerpts() {
        let notes = SourceFile(path: "notes.yaml", text: """
            kind: notes
            id: session-1
            study: discovery
            participants: [p1]
            excerpts:
              - id: e1
                text: I report it online now
                step: bins-next/calls
              - id: e2
                text: I still call them
                blueprint: bins-next
                step: calls
              - id: e3
                text: I call them
                step: calls

            """)
        let study = SourceFile(path: "study.yaml", text: "kind: study\nid: discovery\ntitle: Discovery\n---\nkind: participants\nstudy: discovery\nparticipants:\n  - id: p1\n    segment: citizen\n")
        let result = Checker.check([SourceFile(path: "a-next.yaml", text: Self.future), SourceFile(path: "b.yaml", text: Self.current), study, notes])
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.message))")
        let graph = TraceGraph(result.workspace)
        #expect(graph.edges.contains { $0.upstream == "e1" && $0.downstream == "bins-next/calls" })
        #expect(graph.edges.contains { $0.upstream == "e2" && $0.downstream == "bins-next/calls" })
        #expect(graph.edges.contains { $0.upstream == "e3" && $0.downstream == "calls" })
    }

    @Test("a future state's own duplicates are still errors, and so are reuses of another kind")
    func stillDuplicates() {
        let twice = Self.future.replacingOccurrences(of: "- id: tracks", with: "- id: calls")
            .replacingOccurrences(of: "after: [calls]", with: "")
        let result = Checker.check([SourceFile(path: "b.yaml", text: Self.current), SourceFile(path: "c.yaml", text: twice)])
        #expect(result.diagnostics.filter { $0.ruleID == "BP020" }.map(\.range.start.line) == [16])
        let otherKind = Self.future.replacingOccurrences(of: "- id: long-hold", with: "- id: calls-pain")
            .replacingOccurrences(of: "- id: tracks", with: "- id: long-hold")
        let mixed = Checker.check([SourceFile(path: "b.yaml", text: Self.current), SourceFile(path: "c.yaml", text: otherKind)])
        #expect(mixed.diagnostics.filter { $0.ruleID == "BP020" }.map(\.message) == ["duplicate ID 'long-hold': already used by a pain point"])
    }

    @Test("a codebook's tag may share an ID with a pain point: tags and themes are only ever named as tags and themes")
    func tagsApart() {
        let codebook = SourceFile(path: "codebook.yaml", text: "kind: codebook\nid: codes\ntags:\n  - id: long-hold\n    name: Long hold\n")
        let result = Checker.check([SourceFile(path: "b.yaml", text: Self.current), codebook])
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.message))")
        let twoTags = Checker.check([codebook, SourceFile(path: "more.yaml", text: "kind: codebook\nid: more\ntags:\n  - id: long-hold\n")])
        #expect(twoTags.diagnostics.filter { $0.ruleID == "BP020" }.count == 1)
    }
}
