import BlueprintKit
import BlueprintEmitters
import Foundation
import SwiftCSV
import Testing
import TestSupport

/// Every output safe for its consumer (docs/OUTPUT-SAFETY.md): CSV cells that cannot run as
/// formulas, terminal text that cannot move the cursor or write the clipboard, DOT that draws
/// user text as written, and a layout budget.
@Suite("Output safety", .serialized)
struct OutputSafetyTests {
    // MARK: CSV formula injection

    static let hyperlink = "=HYPERLINK(\"https://example.org/?\"&A1,\"Open\")"

    @Test("a cell that could start a formula gets a leading quote; plain numbers and inner signs do not")
    func neutralised() {
        let cases: [(String, String)] = [
            (Self.hyperlink, "'" + Self.hyperlink),
            ("+1+2", "'+1+2"), ("-1+2", "'-1+2"), ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
            ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("\tplain", "'\tplain"),
            (" =1+2", "' =1+2"), ("  @cmd", "'  @cmd"), ("\u{FF1D}1+2", "'\u{FF1D}1+2"),
            ("-", "'-"), ("--", "'--"), ("-3a", "'-3a"), ("- 3", "'- 3"), ("1.2.3", "1.2.3"),
            ("-3", "-3"), ("+2", "+2"), ("-12.5", "-12.5"), ("-40%", "-40%"), ("12", "12"),
            ("a=b", "a=b"), ("\"=1+2\"", "\"=1+2\""), ("", ""), ("Plain text", "Plain text"),
        ]
        for (cell, expected) in cases {
            #expect(CSV.neutralised(cell) == expected, "\(cell.debugDescription)")
        }
        // A neutralised cell is always quoted, so the quote and the text stay one text cell.
        #expect(CSV.field("@x") == "\"'@x\"")
        #expect(CSV.field("-3") == "-3")
    }

    /// Whether a spreadsheet could read `cell` as a formula.
    static func couldRunAsFormula(_ cell: String) -> Bool {
        guard let lead = cell.unicodeScalars.first(where: { !$0.properties.isWhitespace }) ?? cell.unicodeScalars.first else { return false }
        return (cell.first == "\t" || cell.first == "\r" || "=+-@\u{FF1D}\u{FF0B}\u{FF0D}\u{FF20}".unicodeScalars.contains(lead))
            && !CSV.isPlainNumber(cell)
    }

    static func expectNoFormula(_ csv: EnumeratedCSV, sourceLocation: SourceLocation = #_sourceLocation) {
        for row in [csv.header] + csv.rows {
            for cell in row { #expect(!couldRunAsFormula(cell), "\(cell.debugDescription)", sourceLocation: sourceLocation) }
        }
    }

    static let hostileBacklog = """
        kind: stories
        id: formulas
        roles: [resident]
        epics:
          - id: e1
            title: '\(hyperlink)'
            goal: '@SUM(1+1)*cmd|" /C calc"!A0'
        stories:
          - id: s1
            epic: e1
            text: "=1+2 As a resident I need a reply so that I know"
            role: resident
            labels: ["-2+3", "@here"]
            acceptance:
              - given: "+1 a report"
                when: it is saved
                then: I am told
          - id: s2
            epic: e1
            text: "\\t=cmd As a resident I need a date so that I plan"
            role: resident
            addresses: [p1]

        """

    static let hostileBlueprint = """
        kind: blueprint
        id: b
        title: "-1+1 journey"
        state: current
        lanes: [customer, frontstage]
        stages:
          - id: st
            name: S
            steps:
              - {id: a, lane: customer, text: Calls}
            pains:
              - {id: p1, text: "=HYPERLINK(\\"https://example.org\\")", severity: high, evidence: [{source: Interview}]}

        """

    @Test("the Jira CSV neutralises the HYPERLINK epic title everywhere it appears, and still parses back")
    func jiraCSV() throws {
        let workspace = Checker.check([SourceFile(path: "s.yaml", text: Self.hostileBacklog),
                                       SourceFile(path: "b.yaml", text: Self.hostileBlueprint)]).workspace
        #expect(workspace.epics.first?.title.value == Self.hyperlink)
        let csv = try EnumeratedCSV(string: JiraCSV.document(workspace), delimiter: .comma)
        #expect(csv.rows.count == 3)
        #expect(csv.rows.allSatisfy { $0.count == csv.header.count })
        func column(_ name: String) -> Int { csv.header.firstIndex(of: name)! }
        let epic = csv.rows[0]
        #expect(epic[column("Summary")] == "'" + Self.hyperlink)
        #expect(epic[column("Epic Name")] == "'" + Self.hyperlink)
        #expect(csv.rows[1][column("Epic Link")] == "'" + Self.hyperlink)
        #expect(csv.rows[1][column("Summary")] == "'=1+2 As a resident I need a reply so that I know")
        #expect(Array(csv.rows[1][column("Labels")...]) == ["'-2+3", "'@here"])
        // The tab that YAML decodes becomes a space on one line, and the '=' after it is caught.
        #expect(csv.rows[2][column("Summary")] == "'=cmd As a resident I need a date so that I plan")
        Self.expectNoFormula(csv)
    }

    @Test("the coverage CSV neutralises titles and texts, and keeps its figures numbers")
    func coverageCSV() throws {
        let workspace = Checker.check([SourceFile(path: "s.yaml", text: Self.hostileBacklog),
                                       SourceFile(path: "b.yaml", text: Self.hostileBlueprint)]).workspace
        let csv = try EnumeratedCSV(string: CoverageReport.csv(Coverage(workspace)), delimiter: .comma)
        func column(_ name: String) -> Int { csv.header.firstIndex(of: name)! }
        let epic = try #require(csv.rows.first { $0[column("section")] == "epic" })
        #expect(epic[column("title")] == "'" + Self.hyperlink)
        let pain = try #require(csv.rows.first { $0[column("id")] == "p1" })
        #expect(pain[column("title")] == "'=HYPERLINK(\"https://example.org\")")
        let summary = try #require(csv.rows.first { $0[column("section")] == "summary" })
        #expect(Double(summary[column("total")]) != nil)
        Self.expectNoFormula(csv)
    }

    @Test("the research-summary CSV neutralises names from the codebook")
    func researchCSV() throws {
        let folder = Self.researchFixture
        var sources = try WorkspaceFiles.read(WorkspaceFiles.yamlFiles(under: folder), currentDirectory: folder)
        let index = try #require(sources.firstIndex { $0.path == "codebook.yaml" })
        sources[index] = SourceFile(path: sources[index].path,
                                    text: String(decoding: sources[index].bytes, as: UTF8.self).replacingOccurrences(of: "name: Lost in a black hole", with: "name: '\(Self.hyperlink)'"))
        let result = Checker.check(sources)
        #expect(result.workspace.tags.contains { $0.name?.value == Self.hyperlink })
        let text = try ResearchSummaryReport.render(result.workspace, study: nil, format: .csv)
        let csv = try EnumeratedCSV(string: text, delimiter: .comma)
        #expect(csv.rows.contains { $0[0] == "tags" && $0[1] == "black-hole" && $0[3] == "name" && $0[4] == "'" + Self.hyperlink })
        Self.expectNoFormula(csv)
    }

    static let researchFixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("AnalysisTests/Fixtures/research/workspace")

    // MARK: Graphviz escape sequences

    /// Every escape Graphviz expands or reads as a line break, in YAML single quotes (literal).
    static let graphvizEscapes = #"\G \N \E \T \H \L \l \n \r \\ end"#

    static let escapingBlueprint = """
        kind: blueprint
        id: esc
        title: 'Title \(graphvizEscapes)'
        state: current
        lanes: [customer, frontstage]
        stages:
          - id: st
            name: 'Stage \(graphvizEscapes)'
            steps:
              - {id: a, lane: customer, text: 'Sees \(graphvizEscapes)'}
              - {id: b, lane: frontstage, text: 'Answers', after: [a]}
            pains:
              - {id: p1, text: 'Pain \(graphvizEscapes)', severity: high, evidence: [{source: Interview}]}

        """

    /// The text of an SVG's `<text>` elements, entities decoded, joined by spaces.
    static func svgText(_ bytes: [UInt8]) -> String {
        let svg = String(decoding: bytes, as: UTF8.self)
        let pattern = try! NSRegularExpression(pattern: "<text[^>]*>([^<]*)</text>")
        let range = NSRange(svg.startIndex..., in: svg)
        return pattern.matches(in: svg, range: range).map { match in
            String(svg[Range(match.range(at: 1), in: svg)!])
                .replacingOccurrences(of: "&#160;", with: " ").replacingOccurrences(of: "&amp;", with: "&")
        }.joined(separator: " ")
    }

    @Test("a blueprint's user text is drawn literally: \\G, \\N, \\E … are not expanded by Graphviz")
    func blueprintDiagramEscapes() throws {
        let workspace = Checker.check([SourceFile(path: "esc.yaml", text: Self.escapingBlueprint)]).workspace
        let text = Self.svgText(try BlueprintRenderer.render("esc", in: workspace, format: .svg))
        // Labels wrap at spaces, so each escape is its own word.
        for escape in [#"\G"#, #"\N"#, #"\E"#, #"\T"#, #"\H"#, #"\L"#, #"\l"#, #"\n"#, #"\r"#, #"\\"#] {
            #expect(text.components(separatedBy: " ").filter { $0 == escape }.count >= 4, "\(escape) in \(text)")
        }
        // Not the graph's or a node's name in their place.
        #expect(!text.contains("Title blueprint"), "\(text)")
        #expect(!text.contains("Sees blueprint"), "\(text)")
    }

    @Test("a trace diagram draws \\G, \\N, \\E in user text literally")
    func traceDiagramEscapes() throws {
        let stories = """
            kind: stories
            id: st
            roles: [resident]
            stories:
              - {id: s1, role: resident, addresses: [p1], text: 'As a resident I need \\G \\N \\E so that \\L works'}

            """
        let workspace = Checker.check([SourceFile(path: "esc.yaml", text: Self.escapingBlueprint),
                                       SourceFile(path: "s.yaml", text: stories)]).workspace
        let svg = try Tracing.render(try Tracing.trace("s1", in: workspace), format: .svg)
        let text = Self.svgText(svg)
        #expect(text.contains(#"\G \N \E so"#), "\(text)")
        #expect(text.contains(#"\L works"#), "\(text)")
        #expect(text.contains(#"Pain \G \N \E"#), "\(text)")
    }

    @Test("Escape.dotHTML doubles backslashes after HTML-escaping; Escape.html (for pages) does not")
    func dotHTML() {
        #expect(Escape.dotHTML(#"a\Gb<\>"#) == #"a\\Gb&lt;\\&gt;"#)
        #expect(Escape.html(#"a\G"#) == #"a\G"#)
    }

    // MARK: Layout budget

    @Test("a blueprint above the layout limit is refused before Graphviz starts, with where, its size, the limit and a fix")
    func layoutLimit() throws {
        let result = Checker.check([SourceFile(path: "blueprints/dense.yaml", text: Samples.dense(steps: 200, flows: 5))])
        #expect(!result.diagnostics.contains { $0.severity == .error })
        let blueprint = try #require(result.workspace.blueprint("dense"))
        let size = BlueprintRenderer.layoutSize(of: blueprint)
        #expect(size.steps == 200 && size.flows == 985)
        #expect(size.flows > BlueprintRenderer.layoutLimit.flows)
        let started = ContinuousClock.now
        #expect {
            _ = try BlueprintRenderer.render("dense", in: result.workspace, format: .svg)
        } throws: { error in
            (error as? WorkspaceError)?.description == "blueprints/dense.yaml:1:1: blueprint 'dense' is too large to lay out: "
                + "985 flows among 200 steps, above the layout limit of 750 flows and 3,000 steps (about 5 seconds of "
                + "Graphviz); split it into smaller blueprints (a stage or two each), or draw it anyway with 'blueprint "
                + "render dense --no-layout-limit' (it may take minutes), or write DOT with --format dot"
        }
        // Refused up front, not after a layout (which takes ~9 s at this size).
        #expect(ContinuousClock.now - started < .seconds(2))
        // DOT needs no layout, so it is written whatever the size.
        #expect(try BlueprintRenderer.render("dense", in: result.workspace, format: .dot).count > 10_000)
        // The report shows the reason in the diagram's place, so `report` and `serve` are bounded too.
        let page = try #require(ReportSite(result).files.first { $0.path == "blueprints/dense.html" })
        #expect(String(decoding: page.bytes, as: UTF8.self).contains("too large to lay out"))
        #expect(!ReportSite(result).files.contains { $0.path == "blueprints/dense.svg" })
    }

    @Test("a blueprint under the limit is drawn, many steps with few flows too, and a limit can be lifted or lowered")
    func underLimit() throws {
        let workspace = Checker.check([SourceFile(path: "dense.yaml", text: Samples.dense(steps: 40, flows: 2))]).workspace
        #expect(try BlueprintRenderer.render("dense", in: workspace, format: .svg).count > 1_000)
        #expect(throws: WorkspaceError.self) {
            try BlueprintRenderer.render("dense", in: workspace, format: .svg, layoutLimit: LayoutLimit(flows: 10, steps: 3_000))
        }
        #expect(throws: WorkspaceError.self) {
            try BlueprintRenderer.render("dense", in: workspace, format: .svg, layoutLimit: LayoutLimit(flows: 750, steps: 39))
        }
        #expect(try BlueprintRenderer.render("dense", in: workspace, format: .svg, layoutLimit: nil).count > 1_000)
        // Steps × flows would refuse this (600 × 599); it lays out in about 2 s.
        let long = Checker.check([SourceFile(path: "long.yaml", text: Samples.dense(steps: 600, flows: 1))]).workspace
        #expect(BlueprintRenderer.layoutSize(of: try #require(long.blueprint("dense"))).flows == 599)
        #expect(try BlueprintRenderer.render("dense", in: long, format: .svg).count > 10_000)
        // Above the steps limit, with no flows at all.
        let wide = Checker.check([SourceFile(path: "wide.yaml", text: Samples.dense(steps: 3_001, flows: 0))]).workspace
        #expect(throws: WorkspaceError.self) { try BlueprintRenderer.render("dense", in: wide, format: .png) }
    }
}
