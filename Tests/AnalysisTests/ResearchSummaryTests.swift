import BlueprintAnalysis
import BlueprintKit
import BlueprintEmitters
import Foundation
import PropertyBased
import Testing
import TestSupport

/// `blueprint research summary` on a small pilot study written for these tests
/// (Fixtures/research/workspace): its figures, its three formats, and what it never shows.
@Suite struct ResearchSummaryTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/research")
    static let folder = fixtures.appendingPathComponent("workspace")

    /// The fixture, read with paths relative to its folder so locations in the output are portable.
    static func sources() throws -> [SourceFile] {
        try WorkspaceFiles.read(WorkspaceFiles.yamlFiles(under: folder), currentDirectory: folder)
    }

    static func load() throws -> CheckResult { Checker.check(try sources()) }

    @Test("the fixture checks clean but for C05's digital confidence, which the plan does not list, and BP070")
    func fixtureFindings() throws {
        let result = try Self.load()
        // And BP070: its handful of participants are each unique on their attributes.
        #expect(result.diagnostics.map(\.ruleID) == ["BP070", "BP068"])
        #expect(result.diagnostics.last?.message.contains("'prefers the phone'") == true)
    }

    @Test("text, JSON and CSV match their goldens")
    func goldens() throws {
        let workspace = try Self.load().workspace
        for format in ResearchSummaryReport.Format.allCases {
            try expectGolden(try ResearchSummaryReport.render(workspace, format: format),
                             at: Self.fixtures.appendingPathComponent("summary." + (format == .text ? "txt" : format.rawValue)))
        }
    }

    @Test("participants by segment: staff are counted, and only those in a session have excerpts")
    func participants() throws {
        let summary = ResearchSummary(try Self.load().workspace)
        #expect(summary.segments.map(\.segment) == ["citizen", "staff"])
        #expect(summary.segments.map(\.participants) == [6, 2])
        #expect(summary.segments.map(\.interviewed) == [4, 1])
        #expect(summary.segments.map(\.excerpts) == [7, 1])
        let c01 = try #require(summary.participants.first { $0.participant == "C01" })
        #expect((c01.sessions, c01.excerpts, c01.tags) == (1, 3, 3))
    }

    @Test("tag frequency: excerpts, distinct participants, by segment, and comments apart")
    func tagFrequency() throws {
        let summary = ResearchSummary(try Self.load().workspace)
        let followUp = try #require(summary.tags.first { $0.tag == "follow-up" })
        #expect(followUp.excerpts == 5)        // C01 twice, C02, C04, S01
        #expect(followUp.participants == 4)
        #expect(followUp.bySegment.map { "\($0.segment) \($0.excerpts) \($0.participants)" } == ["citizen 4 3", "staff 1 1"])
        let phone = try #require(summary.tags.first { $0.tag == "phone-queue" })
        #expect((phone.excerpts, phone.participants, phone.comments) == (2, 1, 1))
        #expect(summary.tags.map(\.tag) == ["black-hole", "follow-up", "progress-updates", "phone-queue", "online-account",
                                            "translation", "praise"])
    }

    @Test("theme frequency: a nested theme's tags count towards its parent; comments and insights too")
    func themeFrequency() throws {
        let summary = ResearchSummary(try Self.load().workspace)
        let communication = try #require(summary.themes.first { $0.theme == "communication" })
        #expect(communication.tags == 3)          // black-hole, follow-up, and progress-updates from `updates`
        #expect(communication.excerpts == 6)      // c03-tracking counts through `updates`
        #expect(communication.participants == 5)
        #expect(communication.comments == 2)      // pc-3 directly, pc-1 through `updates`
        #expect(communication.insights == 2)      // insight-tracking names `updates`
        let updates = try #require(summary.themes.first { $0.theme == "updates" })
        #expect((updates.depth, updates.parent, updates.excerpts, updates.comments) == (1, "communication", 2, 1))
        let access = try #require(summary.themes.first { $0.theme == "access" })
        #expect((access.tags, access.excerpts, access.participants, access.comments) == (3, 3, 2, 1))
    }

    @Test("untagged excerpts and unused tags, with where they are; a tag only comments use is used")
    func gaps() throws {
        let summary = ResearchSummary(try Self.load().workspace)
        #expect(summary.untagged.map { [$0.excerpt, $0.session, $0.participant, $0.location] }
                 == [["c03-weather", "session-drop-in", "C03", "notes/session-drop-in.yaml:29:9"]])
        #expect(summary.unusedTags.map(\.tag) == ["translation"])
        #expect(summary.unusedTags.first?.location == "codebook.yaml:26:13")
    }

    @Test("co-occurrence on the same excerpt and on the same participant")
    func cooccurrence() throws {
        let summary = ResearchSummary(try Self.load().workspace)
        let byExcerpt = summary.excerptCooccurrence
        let byParticipant = summary.participantCooccurrence
        func count(_ matrix: TagMatrix, _ a: String, _ b: String) throws -> Int {
            let i = try #require(matrix.tags.firstIndex(of: a)), j = try #require(matrix.tags.firstIndex(of: b))
            #expect(matrix.counts[i][j] == matrix.counts[j][i])
            return matrix.counts[i][j]
        }
        #expect(byExcerpt.tags == ["black-hole", "follow-up", "progress-updates", "phone-queue", "online-account"])
        #expect(try count(byExcerpt, "follow-up", "follow-up") == 5)
        #expect(try count(byExcerpt, "black-hole", "follow-up") == 1)
        // C01 said "black hole" and "on hold" in different excerpts: together only by participant.
        #expect(try count(byExcerpt, "black-hole", "phone-queue") == 0)
        #expect(try count(byParticipant, "black-hole", "phone-queue") == 1)
        #expect(try count(byParticipant, "follow-up", "follow-up") == 4)
        #expect(byExcerpt.pairs.count == 4)
    }

    @Test("evidence strength: excerpts, comments, participants and segments; one-participant insights flagged")
    func evidenceStrength() throws {
        let summary = ResearchSummary(try Self.load().workspace)
        let followUp = try #require(summary.evidence.first { $0.insight == "insight-follow-up" })
        #expect((followUp.excerpts, followUp.comments, followUp.participants, followUp.segments, followUp.sessions)
                == (3, 1, ["C01", "C02", "S01"], ["citizen", "staff"], 2))
        #expect(followUp.flag == nil)
        #expect(summary.singleParticipantInsights.map(\.insight) == ["insight-phone"])
        #expect(summary.singleParticipantInsights.first?.flag == "one participant")
    }

    @Test("sampling: planned by largest remainder, recruited citizens only, other values and missing ones shown")
    func sampling() throws {
        let report = try #require(ResearchSummary(try Self.load().workspace).sampling.first)
        #expect((report.study, report.size, report.segment, report.recruited) == ("pilot", 10, "citizen", 6))
        func rows(_ name: String) throws -> [String] {
            try #require(report.attributes.first { $0.name == name }).rows.map {
                "\($0.label) \($0.planned.map(String.init) ?? "-") \($0.recruited) \($0.gap.map(String.init) ?? "-")"
            }
        }
        // "45 To 64" (C04) is counted as "45 to 64": values match without regard to case.
        #expect(try rows("age band") == ["under 45 3 1 -2", "45 to 64 5 3 -2", "65 and over 2 1 -1", "not recorded - 1 -"])
        // 4.5 and 3.5 seats tie on remainder: the first written gets the free seat.
        #expect(try rows("digital confidence") == ["confident online 5 3 -2", "online with help 3 1 -2", "not online 2 1 -1",
                                                   "other: prefers the phone - 1 -"])
        #expect(try rows("household tenure") == ["owner occupier 3 3 0", "private renter 3 1 -2", "council tenant 4 2 -2"])
        #expect(report.gaps.contains("4 fewer citizen participants than the plan's 10 (recruited 6)"))
        #expect(report.gaps.contains("1 fewer participant with age band 65 and over than planned (planned 2, recruited 1)"))
        #expect(report.gaps.contains("1 participant with no age band recorded"))
        #expect(report.gaps.contains("1 participant with digital confidence 'prefers the phone', which the plan does not list"))
        #expect(!report.gaps.contains { $0.contains("owner occupier") })
    }

    @Test("no output shows what anyone said or wrote: only IDs and counts")
    func noWordsShown() throws {
        let workspace = try Self.load().workspace
        let words = workspace.excerpts.map(\.text.unredacted.value) + workspace.comments.map(\.text.unredacted.value)
        for format in ResearchSummaryReport.Format.allCases {
            let output = try ResearchSummaryReport.render(workspace, format: format)
            for text in words { #expect(!output.contains(text), "\(format) shows '\(text)'") }
        }
    }

    @Test("the same workspace gives the same bytes, read file by file or side by side")
    func deterministic() async throws {
        let sources = try Self.sources()
        let one = Checker.check(sources).workspace
        let parallel = await Checker.checkConcurrently(sources).workspace
        for format in ResearchSummaryReport.Format.allCases {
            let first = try ResearchSummaryReport.render(one, format: format)
            #expect(try ResearchSummaryReport.render(one, format: format) == first)
            #expect(try ResearchSummaryReport.render(parallel, format: format) == first)
        }
    }

    @Test("--study keeps to that study's documents and shared ones; an unknown study is an error with a suggestion")
    func studyFilter() throws {
        let other = SourceFile(path: "other.yaml", text: """
            kind: study
            id: alpha
            title: Alpha
            ---
            kind: participants
            study: alpha
            participants:
              - {id: A01, segment: business, consent: quote}
            ---
            kind: notes
            id: session-a01
            study: alpha
            participants: [A01]
            excerpts:
              - {id: a01-praise, text: Good service, tags: [praise]}
            ---
            kind: codebook
            id: shared-codebook
            tags:
              - id: shared-tag
            ---
            kind: comments
            id: alpha-comments
            study: alpha
            comments:
              - {id: ac-1, text: Tell me when, themes: [updates]}

            """)
        let workspace = Checker.check(try Self.sources() + [other]).workspace
        let all = ResearchSummary(workspace)
        #expect(all.totals.studies == 2)
        #expect(all.segments.map(\.segment) == ["citizen", "staff", "business"])
        #expect(all.tags.first { $0.tag == "praise" }?.excerpts == 1)

        let pilot = ResearchSummary(workspace, study: "pilot")
        #expect(pilot.totals.participants == 8)
        #expect(pilot.segments.map(\.segment) == ["citizen", "staff"])
        #expect(pilot.tags.first { $0.tag == "praise" }?.excerpts == 0)
        #expect(pilot.tags.contains { $0.tag == "shared-tag" })     // a codebook that names no study is shared

        // Alpha borrows `praise` from the pilot's codebook: it is counted, and the pilot's other
        // tags are neither listed nor reported unused.
        let alpha = ResearchSummary(workspace, study: "alpha")
        #expect(alpha.participants.map(\.participant) == ["A01"])
        #expect(alpha.sampling.isEmpty)
        #expect(alpha.tags.map(\.tag) == ["praise", "shared-tag"])
        #expect(alpha.tags.first?.excerpts == 1)
        #expect(alpha.unusedTags.map(\.tag) == ["shared-tag"])
        // Its comment on the pilot's `updates` theme brings that theme, and the theme around it.
        #expect(alpha.themes.map { "\($0.theme) \($0.depth) \($0.comments) \($0.tags)" } == ["communication 0 1 0", "updates 1 1 0"])
        #expect(pilot.totals.comments == 3)

        #expect(throws: WorkspaceError.unknownElement(kind: "study", id: "pilt", hint: "; did you mean 'pilot'?")) {
            try ResearchSummaryReport.render(workspace, study: "pilt", format: .text)
        }
    }
}

/// The summary is a public function of any decoded workspace, not only of a clean one.
@Suite struct ResearchSummaryRobustnessTests {
    @Test("random byte edits of the fixture never crash the summary, and it says the same thing twice")
    func mutations() async throws {
        let base = Array(try ResearchSummaryTests.sources().map { String(decoding: $0.bytes, as: UTF8.self) }
            .joined(separator: "\n---\n").utf8)
        let edit = zip(Gen<Int>.int(in: 0...(base.count - 1)), Gen<UInt8>.uint8(), Gen<Int>.int(in: 0...2)).array(of: 1...8)
        await propertyCheck(count: 150, input: edit) { edits in
            var bytes = base
            for (position, byte, operation) in edits {
                let index = min(position, max(0, bytes.count - 1))
                switch operation {
                case 0 where !bytes.isEmpty: bytes[index] = byte
                case 1: bytes.insert(byte, at: index)
                default: if !bytes.isEmpty { bytes.remove(at: index) }
                }
            }
            let workspace = Checker.check([SourceFile(path: "mutated.yaml", bytes: bytes)]).workspace
            for format in ResearchSummaryReport.Format.allCases {
                let first = try? ResearchSummaryReport.render(workspace, format: format)
                #expect(first != nil)
                #expect((try? ResearchSummaryReport.render(workspace, format: format)) == first)
            }
        }
    }

    @Test("duplicate theme IDs that nest in each other, and a session without participants, do not loop or crash")
    func hostileShapes() throws {
        let text = """
            kind: codebook
            id: c
            themes:
              - id: a
                name: A
                themes:
                  - id: b
                    name: B
                    tags: [{id: t1}]
              - id: b
                name: B again
                themes:
                  - id: a
                    name: A again
                    tags: [{id: t2}]
            ---
            kind: notes
            id: s
            study: nowhere
            participants: []
            excerpts:
              - {id: e1, text: Words, tags: [t1, t2, t1]}

            """
        let workspace = Checker.check([SourceFile(path: "hostile.yaml", text: text)]).workspace
        let summary = ResearchSummary(workspace)
        #expect(summary.tags.first { $0.tag == "t1" }?.excerpts == 1)     // a repeated tag counts once
        #expect(summary.themes.map(\.theme) == ["a", "b"])
        #expect(!ResearchSummaryText.render(summary).isEmpty)
    }
}
