import BlueprintKit
import Foundation
import Testing
import TestSupport

/// Issue 5, part 4: personal data is found with its location and masked in a shareable copy,
/// and the words of a participant who did not consent to quotation reach no output at all.
/// The fixture (Fixtures/privacy) plants an e-mail address, phone numbers, a postcode and an NI
/// number in excerpts and comments; P07 agreed to paraphrase only.
@Suite("Privacy: personal data and consent", .serialized)
struct PrivacyTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/privacy")

    /// Words only P07, who did not consent to quotation, said.
    static let withheldWords = ["marmalade", "our close", "turns up again"]
    /// Personal data planted in the fixture.
    static let planted = ["hamid@example.org", "0121 496 0000", "p07@example.org", "07700 900123", "B1 1BB", "AB 12 34 56 C", "+44 7700 900123"]

    /// A copy of the fixture workspace in a scratch folder, so nothing can touch the original.
    static func workspace() throws -> ScratchFolder {
        let folder = try ScratchFolder()
        let files = FileManager.default.enumerator(at: fixture, includingPropertiesForKeys: nil)!
        for case let url as URL in files where url.pathExtension == "yaml" {
            let relative = String(url.standardizedFileURL.path.dropFirst(fixture.standardizedFileURL.path.count + 1))
            try folder.write(relative, try String(contentsOf: url, encoding: .utf8))
        }
        return folder
    }

    /// Every file under `folder` (or the file itself), by relative path.
    static func contents(of url: URL) -> [String: Data] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return [:] }
        guard isDirectory.boolValue else { return [url.lastPathComponent: FileManager.default.contents(atPath: url.path) ?? Data()] }
        var result: [String: Data] = [:]
        let base = url.standardizedFileURL.path + "/"
        for case let file as URL in FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey])! {
            guard (try? file.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            result[file.standardizedFileURL.path.replacingOccurrences(of: base, with: "")] = FileManager.default.contents(atPath: file.path)
        }
        return result
    }

    // MARK: - Found, with location

    @Test("check finds the planted e-mail, phone, postcode and NI number in excerpts and comments, at their line:column")
    func found() throws {
        let folder = try Self.workspace()
        let run = try Run(["check", "--color", "never"], in: folder.url)
        #expect(run.status == 0, "warnings only: \(run.stdout)")
        for expected in [
            "research/notes/session-p01.yaml:7:46: warning: text contains what looks like an e-mail address [BP034]",
            "research/notes/session-p01.yaml:7:72: warning: text contains what looks like a phone number [BP034]",
            "research/notes/session-p07.yaml:7:71: warning: text contains what looks like an e-mail address [BP034]",
            // A literal block spans lines: the finding points at the whole text.
            "research/notes/session-p07.yaml:10:11: warning: text contains what looks like a phone number [BP034]",
            "research/comments.yaml:6:19: warning: text contains what looks like a UK postcode [BP034]",
            "research/comments.yaml:9:28: warning: text contains what looks like a National Insurance number [BP034]",
            "research/comments.yaml:9:55: warning: text contains what looks like a phone number [BP034]",
        ] {
            #expect(run.stdout.contains(expected), "missing: \(expected)\n\(run.stdout)")
        }
        // The eighth is BP070: P01 and P07 differ in their attributes, so each is unique.
        #expect(run.stdout.hasSuffix("8 warnings in 9 files\n"))
        // The line under the caret shows P01's words (consent to quote) with the personal data
        // blanked column for column, never P07's words.
        #expect(run.stdout.contains("7 |     text: \"I waited all week; write to me at \(String(repeating: "▒", count: 17)) or ring \(String(repeating: "▒", count: 13))\""))
        #expect(run.stdout.contains("7 |     text: ▒▒▒▒"))
    }

    // MARK: - Masked in the shareable copy

    @Test("research export --redact masks every planted item, withholds P07's excerpts, loads clean, leaves the inputs untouched")
    func export() throws {
        let folder = try Self.workspace()
        let before = Self.contents(of: folder.url)
        let run = try Run(["research", "export", "--redact", "-o", "../shared-\(folder.url.lastPathComponent)"], in: folder.url)
        let output = folder.url.deletingLastPathComponent().appendingPathComponent("shared-\(folder.url.lastPathComponent)")
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("wrote 9 files to ../shared-"))
        // Three texts hold personal data: P01's excerpt and two comments (P07's are withheld whole).
        #expect(run.stderr.contains(": 3 values masked, 2 excerpts withheld\n"))
        #expect(Self.contents(of: folder.url) == before, "the inputs changed")

        let copy = Self.contents(of: output)
        // Beside the copy's files, only the manifest that marks the folder as the export's own.
        #expect(Set(copy.keys) == Set(before.keys).union([OutputPolicy.manifestName]), "the copy keeps the layout")
        let text = copy.values.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        for item in Self.planted { #expect(!text.contains(item), "\(item) is in the copy") }
        for marker in ["[email removed]", "[phone removed]", "[postcode removed]", "[NI number removed]",
                       "[paraphrase only: P07 did not consent to quotation]"] {
            #expect(text.contains(marker), "\(marker) is missing")
        }
        let p01 = String(decoding: try #require(copy["research/notes/session-p01.yaml"]), as: UTF8.self)
        #expect(p01.contains("text: I waited all week; write to me at [email removed] or ring [phone removed]"))

        // The copy is a workspace that checks clean: no errors, and no personal data left to warn about.
        let check = try Run(["check", "--color", "never"], in: output)
        #expect(check.status == 0)
        // (BP070 remains: without --k the copy keeps the participants' attributes.)
        #expect(!check.stdout.contains("[BP034]") && check.stdout.contains("[BP070]") && check.stdout.hasSuffix("1 warning in 9 files\n"), "\(check.stdout)")
    }

    @Test("research export --redact --k 3 on the example: no participant unique on what is left, the changes said, and a copy whose sampling plan still fits (no BP068, BP070, BP034)")
    func exampleKAnonymity() throws {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("k3-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: target) }
        let run = try Run(["research", "export", "--redact", "--k", "3", "-o", target.path], in: Run.repository)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("study 'discovery': 60 participants, 39 unique on their attributes (k = 1); for k = 3: coarsened 'age band' to under 45, 45 and over;"))
        #expect(run.stderr.contains("now k = 3, 0 unique among the other 59; 1 participant of segment 'business', which has fewer than 3: no attribute can hide them, so all of their attributes are left out"))
        let check = try Run(["check", "--color", "never"], in: target)
        #expect(check.status == 0)
        for rule in ["BP068", "BP070", "BP034"] { #expect(!check.stdout.contains("[\(rule)]"), "\(rule) in the copy: \(check.stdout)") }
        let plan = try String(contentsOf: target.appendingPathComponent("research/discovery-study.yaml"), encoding: .utf8)
        #expect(plan.contains("under 45: 53%") && plan.contains("45 and over: 47%") && !plan.contains("ethnicity"))
    }

    @Test("the export is deterministic, replaces the folder as one step, and refuses to write over its inputs or without --redact")
    func exportSafety() throws {
        let folder = try Self.workspace()
        let first = folder.url.appendingPathComponent("../first-\(folder.url.lastPathComponent)").standardizedFileURL
        let second = folder.url.appendingPathComponent("../second-\(folder.url.lastPathComponent)").standardizedFileURL
        defer { for url in [first, second] { try? FileManager.default.removeItem(at: url) } }
        // An earlier export's folder (its manifest lists stale.yaml) is replaced whole.
        try OutputFile.writeFolder([("stale.yaml", Array("stale".utf8))], to: second)
        #expect(try Run(["research", "export", "--redact", "-o", first.path], in: folder.url).status == 0)
        #expect(try Run(["research", "export", "--redact", "-o", second.path], in: folder.url).status == 0)
        #expect(Self.contents(of: first) == Self.contents(of: second), "two runs differ, or the stale file survived")

        let before = Self.contents(of: folder.url)
        let into = try Run(["research", "export", "--redact", "-o", "research"], in: folder.url)
        #expect(into.status == 2)
        #expect(into.stderr.contains("holds an input file"))
        let unredacted = try Run(["research", "export", "-o", first.path], in: folder.url)
        #expect(unredacted.status == 2)
        #expect(unredacted.stderr.contains("add --redact"))
        #expect(Self.contents(of: folder.url) == before)
    }

    // MARK: - Consent: P07's words in no output

    /// One output of the tool: the command line (given a scratch path to write to, if it writes
    /// files) whose standard output, standard error and written files are searched. To cover a
    /// new command, add a line here.
    struct Output: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: @Sendable (_ target: String) -> [String]
        var testDescription: String { name }
    }

    static let outputs: [Output] = [
        Output(name: "check (text)") { _ in ["check", "--color", "always"] },
        Output(name: "check (json)") { _ in ["check", "--format", "json"] },
        Output(name: "check (sarif)") { _ in ["check", "--format", "sarif"] },
        Output(name: "research export --redact") { ["research", "export", "--redact", "-o", $0] },
        Output(name: "research codebook (qdc)") { ["research", "codebook", "--format", "qdc", "-o", $0] },
        Output(name: "report (every file of the site)") { ["report", "-o", $0] },
        Output(name: "render missed-bin (dot)") { ["render", "missed-bin", "--format", "dot", "-o", $0] },
        Output(name: "render missed-bin (svg)") { ["render", "missed-bin", "--format", "svg", "-o", $0] },
        Output(name: "render --all (svg)") { ["render", "--all", "-o", $0] },
        Output(name: "research summary (text)") { _ in ["research", "summary"] },
        Output(name: "research summary (json)") { _ in ["research", "summary", "--format", "json"] },
        Output(name: "research summary (csv)") { _ in ["research", "summary", "--format", "csv"] },
        Output(name: "trace of the withheld excerpt (text)") { _ in ["trace", "p07-van"] },
        Output(name: "trace of the withheld excerpt (json)") { _ in ["trace", "p07-van", "--format", "json"] },
        Output(name: "render trace of the withheld excerpt (svg)") { ["render", "trace", "p07-van", "--format", "svg", "-o", $0] },
        Output(name: "render trace of the whole workspace (dot)") { ["render", "trace", "--format", "dot", "-o", $0] },
        Output(name: "render trace of the whole workspace (svg)") { ["render", "trace", "--format", "svg", "-o", $0] },
        Output(name: "trace of a quoted excerpt (text)") { _ in ["trace", "p01-wait"] },
        Output(name: "trace of a quoted excerpt (json)") { _ in ["trace", "p01-wait", "--format", "json"] },
        Output(name: "trace of a comment (text)") { _ in ["trace", "wc-002"] },
        Output(name: "render trace of a quoted excerpt (svg)") { ["render", "trace", "p01-wait", "--format", "svg", "-o", $0] },
        Output(name: "render trace of a quoted excerpt (dot)") { ["render", "trace", "p01-wait", "--format", "dot", "-o", $0] },
    ]

    /// Every 6-character piece of a planted item: a masked output must not keep half a number.
    static let plantedFragments: [String] = Array(Set(planted.flatMap { item -> [String] in
        let characters = Array(item)
        guard characters.count > 6 else { return [item] }
        return (0...(characters.count - 6)).map { String(characters[$0..<($0 + 6)]) }
    })).sorted()

    @Test("no output holds a non-consenting participant's words, or a planted e-mail, phone, postcode or NI number, or a 6-character piece of one",
          arguments: outputs)
    func nothingPrivateEverywhere(_ output: Output) throws {
        let folder = try Self.workspace()
        let target = folder.url.deletingLastPathComponent().appendingPathComponent("out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: target) }
        let run = try Run(output.arguments(target.path), in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let everything = [("stdout", Data(run.stdout.utf8)), ("stderr", Data(run.stderr.utf8))]
            + Self.contents(of: target).map { ($0.key, $0.value) }
        #expect(everything.contains { !$0.1.isEmpty }, "the output is empty, so the test would prove nothing")
        for words in Self.withheldWords + Self.plantedFragments {
            for (place, bytes) in everything {
                #expect(bytes.range(of: Data(words.utf8)) == nil, "'\(words)' is in \(output.name) (\(place))")
            }
        }
    }

    @Test("the search can fail: P01, who consented, is quoted in the shareable copy, and the source holds P07's words")
    func positiveControl() throws {
        let folder = try Self.workspace()
        let source = Self.contents(of: folder.url).values.map { String(decoding: $0, as: UTF8.self) }.joined()
        for words in Self.withheldWords { #expect(source.contains(words)) }
        let target = folder.url.deletingLastPathComponent().appendingPathComponent("out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: target) }
        _ = try Run(["research", "export", "--redact", "-o", target.path], in: folder.url)
        let copy = Self.contents(of: target).values.map { String(decoding: $0, as: UTF8.self) }.joined()
        #expect(copy.contains("I waited all week"))
    }
}
