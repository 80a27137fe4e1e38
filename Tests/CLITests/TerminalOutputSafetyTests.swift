import Foundation
import Testing
import TestSupport

/// Terminal escape injection (docs/OUTPUT-SAFETY.md), as the commands meet it: text output that
/// cannot move the cursor or write the clipboard, and data formats that keep the text exact.
@Suite("Output safety: terminal text", .serialized)
struct TerminalOutputSafetyTests {
    /// The Analysis tests' research workspace, which the hostile workspace borrows.
    static let researchFixture = Run.repository.appendingPathComponent("Tests/AnalysisTests/Fixtures/research/workspace")

    /// Erases the line, prints a fake all-clear, writes the clipboard (OSC 52), rings, and turns
    /// the rest of the line around: as YAML double-quoted escapes.
    static let hostile = #"\e[2K\rno problems in 1 file\e]52;c;ZXZpbA==\a\u202E\u0085\x7F"#

    /// A workspace where every command's text output meets the hostile text: blueprint titles,
    /// stage names, step texts and channels, pain points, an epic and a story, and a research
    /// participant's attribute.
    static func hostileWorkspace() throws -> ScratchFolder {
        let folder = try ScratchFolder()
        try folder.write("workspace.yaml", "kind: workspace\nname: Hostile\n")
        func blueprint(_ id: String, state: String, suffix: String) -> String {
            """
            kind: blueprint
            id: \(id)
            title: "Title \(hostile)"
            state: \(state)
            lanes: [customer, frontstage]
            stages:
              - id: st
                name: "Stage \(hostile)"
                steps:
                  - {id: a\(suffix), lane: customer, text: "Calls \(hostile)", channel: "phone \(hostile)"}
                  - {id: b\(suffix), lane: frontstage, text: "Answers \(hostile)", after: [a\(suffix)], actor: "agent \(hostile)"}
                pains:
                  - {id: p\(suffix), text: "Slow \(hostile)", severity: high, evidence: [{source: Interview}]}

            """
        }
        try folder.write("now.yaml", blueprint("now", state: "current", suffix: "1"))
        try folder.write("next.yaml", blueprint("next", state: "future\nimproves: now", suffix: "2"))
        try folder.write("stories.yaml", """
            kind: stories
            id: hostile
            roles: [resident]
            epics:
              - {id: e1, title: "Epic \(hostile)"}
            stories:
              - {id: s1, epic: e1, role: resident, addresses: [p1], text: "As a resident I need a reply \(hostile) so that I know"}

            """)
        let manager = FileManager.default
        try manager.createDirectory(at: folder.url.appendingPathComponent("research"), withIntermediateDirectories: true)
        for name in try manager.contentsOfDirectory(atPath: researchFixture.path) {
            try manager.copyItem(at: researchFixture.appendingPathComponent(name), to: folder.url.appendingPathComponent("research/\(name)"))
        }
        let participants = folder.url.appendingPathComponent("research/participants.yaml")
        let text = try String(contentsOf: participants, encoding: .utf8)
            .replacingOccurrences(of: "digital confidence: prefers the phone", with: "digital confidence: \"phone \(hostile)\"")
        try Data(text.utf8).write(to: participants)
        return folder
    }

    /// What a terminal could act on: C0 controls but line feed, DEL, C1 controls, bidi controls.
    static func actionable(_ text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A: false
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }.map { String(format: "U+%04X", $0.value) }
    }

    @Test("text commands show control characters visibly, on stdout and stderr, with --color never too",
          arguments: [["check", "--color", "never"], ["check", "--color", "always"], ["stories", "check", "--color", "never"],
                      ["trace", "s1"], ["compare", "now", "next"], ["coverage"], ["research", "summary"],
                      ["render", "no\u{1B}]52;c;ZXZpbA==\u{7}such", "-o", "out.svg"]])
    func terminalText(_ arguments: [String]) throws {
        let folder = try Self.hostileWorkspace()
        // The research fixture's own warning, and the hostile stories' warnings, are expected.
        let run = try Run(arguments, in: folder.url)
        let output = run.stdout + run.stderr
        #expect(Self.actionable(output.replacingOccurrences(of: "\u{1B}[0m", with: "")
            .replacingOccurrences(of: #"\u{1B}\[[0-9]+m"#, with: "", options: .regularExpression)) == [],
                "\(output)")
        // The text did reach the output, visibly.
        #expect(output.contains(#"\u{1B}"#), "\(output)")
        #expect(!output.contains("\u{1B}]52"))
    }

    @Test("JSON and SARIF keep the text exact: the messages hold the real ESC, not its visible form")
    func dataFormatsExact() throws {
        let folder = try Self.hostileWorkspace()
        func strings(_ value: Any) -> [String] {
            switch value {
            case let text as String: [text]
            case let array as [Any]: array.flatMap(strings)
            case let object as [String: Any]: object.values.flatMap(strings)
            default: []
            }
        }
        for format in ["json", "sarif"] {
            let run = try Run(["check", "--format", format], in: folder.url)
            let all = strings(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)))
            #expect(all.contains { $0.contains("\u{1B}]52;c;") }, "\(format)")
            #expect(!run.stdout.contains(#"\u{1B}"#), "\(format)")
        }
    }

    /// util-linux's `script`, which runs a command on a pseudo-terminal.
    static let script = ["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("data formats are exact through a pipe, and escaped like text on a terminal",
          .enabled(if: script != nil, "script (util-linux) is not installed; skipped"))
    func dataOnTerminal() throws {
        let folder = try Self.hostileWorkspace()
        // JSON escapes C0 controls itself; a bidi override is valid JSON text, so it shows the difference.
        let piped = try Run(["trace", "s1", "--format", "json"], in: folder.url)
        #expect(piped.stdout.contains("\u{202E}"))
        #expect(!piped.stdout.contains(#"\u{202E}"#))
        let command = "\(Run.executable.path) trace s1 --format json"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.script!)
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = folder.url
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let onTerminal = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(onTerminal.contains(#"\u{202E}"#), "\(onTerminal.prefix(300))")
        #expect(!onTerminal.contains("\u{202E}"))
    }
}
