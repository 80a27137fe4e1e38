import BlueprintKit
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport

/// Issue 13, point 3: no output of any command shows planted personal data. The fixture
/// (Fixtures/privacy-everywhere) plants an e-mail address, phone number, postcode or NI number
/// in every free-text field of every kind; P07 agreed to paraphrase only. The commands come from
/// the command tree itself (`--experimental-dump-help`): a new format is searched as it lands,
/// a new subcommand runs as it is on the fixture, and one that needs arguments fails here until
/// `invocations` says how to run it.
@Suite("Privacy: no output of any command shows planted personal data", .serialized)
struct PrivacyEverywhereTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/privacy-everywhere")

    /// Words only P07, who did not consent to quotation, said.
    static let withheldWords = ["quinceberry", "trolley stalled", "gasworks", "wobbly lamppost"]

    /// The fixture's files, by relative path.
    static let sources: [String: String] = PrivacyTests.contents(of: fixture).mapValues { String(decoding: $0, as: UTF8.self) }

    /// Every planted item: what the detector finds in the fixture's files (the detector's own
    /// tests prove it finds these spellings; `everyFieldPlanted` proves every field holds one).
    static let planted: [String] = Array(Set(sources.values.flatMap { text in
        PersonalData.matches(in: text).map { String(text[$0.range]) }
    })).sorted()

    /// Every 6-character piece of a planted item, with the item: a masked output must not keep half a number.
    static let fragments: [(fragment: String, item: String)] = {
        var seen: [String: String] = [:]
        for item in planted {
            let characters = Array(item)
            for start in 0...max(0, characters.count - 6) {
                let fragment = String(characters[start..<min(characters.count, start + 6)])
                if seen[fragment] == nil { seen[fragment] = item }
            }
        }
        return seen.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }()

    // MARK: - How to run each subcommand

    /// One run of a subcommand. `format` is the `--format` value it covers (nil: the default);
    /// `arguments` gets a scratch path to write to; `status` is the exit status it must give.
    struct Invocation: CustomTestStringConvertible, Sendable {
        var command: String
        var format: String?
        var arguments: @Sendable (_ target: String) -> [String]
        var status: Int32 = 0
        var executable = Run.executable
        var testDescription: String { "\(command) " + arguments("OUT").joined(separator: " ") }
    }

    /// Elements of every kind `trace` follows (and a measure, which it refuses by name).
    static let traceable = ["mr-hamid", "mr-hamid-kept-informed", "contact-centre-agent", "missed-bin-current", "missed-bin-future",
                            "cur-report-customer", "cur-report-pain", "cur-report-stage-pain", "cur-report-change",
                            "cur-outside-change", "ws-told-why", "ws-told-why.1", "ws-told-why.extra", "p01-wait",
                            "p07-trolley", "p07-ring", "wc-001", "wc-002", "insight-waiting", "rec-updates"]
    static let blueprints = ["missed-bin-current", "missed-bin-future"]

    /// Subcommands that read no workspace: their output must be the same bytes in an empty folder.
    /// (Searching them would fail on text of their own: the rule documentation quotes Ofcom's
    /// drama numbers too.) `bench` reads none either, but its timings vary: it is searched.
    static let readNoWorkspace: Set<String> = ["init", "rules", "schema", "generate", "help"]

    static let invocations: [Invocation] = {
        var all: [Invocation] = []
        // The formats come from the command tree, so a new `--format` value is searched too.
        let tree = (try? commandTree()) ?? [:]
        func formats(_ command: String) -> [String] { tree[command] ?? [] }
        func add(_ command: String, _ format: String? = nil, status: Int32 = 0, executable: URL = Run.executable,
                 _ arguments: @escaping @Sendable (String) -> [String]) {
            all.append(Invocation(command: command, format: format, arguments: arguments, status: status, executable: executable))
        }
        for format in formats("check") { add("check", format) { _ in ["check", "--format", format, "--color", "always"] } }
        for format in formats("stories check") { add("stories check", format) { _ in ["stories", "check", "--format", format, "--color", "always"] } }
        // Without colour too: an escape code inside a line could hide a match from the search.
        add("check", "text") { _ in ["check", "--color", "never"] }
        add("stories check", "text") { _ in ["stories", "check", "--color", "never"] }
        for format in formats("render blueprint") {
            for id in blueprints { add("render blueprint", format) { ["render", id, "--format", format, "-o", "\($0)/\(id).\(format)"] } }
            add("render blueprint", format) { ["render", "--all", "--format", format, "-o", $0] }
        }
        for format in formats("render trace") {
            add("render trace", format) { ["render", "trace", "--format", format, "-o", "\($0)/trace.\(format)"] }
            // Each kind once per text format; PNG and PDF are drawn from the same DOT.
            for id in format == "dot" || format == "svg" ? traceable : ["p01-wait"] {
                add("render trace", format) { ["render", "trace", id, "--format", format, "-o", "\($0)/trace.\(format)"] }
            }
        }
        for format in formats("trace") {
            for id in traceable { add("trace", format) { _ in ["trace", id, "--format", format] } }
            add("trace", format, status: 2) { _ in ["trace", "cur-report-measure", "--format", format] }
        }
        for format in formats("compare") { add("compare", format) { _ in ["compare", "missed-bin-current", "missed-bin-future", "--format", format] } }
        add("report") { ["report", "-o", $0] }
        add("serve") { _ in [] }  // run by `serve()`, below
        for format in formats("export backlog") {
            add("export backlog", format) { ["export", "backlog", "--format", format, "-o", "\($0)/backlog"] }
        }
        add("research export") { ["research", "export", "--redact", "-o", $0] }
        add("research export") { ["research", "export", "--redact", "--k", "2", "-o", $0] }
        add("research export", status: 2) { ["research", "export", "-o", $0] }
        add("research codebook", "qdc") { ["research", "codebook", "--format", "qdc", "-o", "\($0)/codes.qdc"] }
        add("research import highlights") { _ in ["research", "import", "highlights", "highlights.csv", "--session", "s9", "--study", "discovery", "--participant", "P01"] }
        add("stories import") { _ in ["stories", "import", "stories.txt"] }
        for format in formats("schema") { add("schema", format) { _ in ["schema", "--format", format] } }
        add("generate", executable: Run.benchExecutable) { ["generate", "--megabytes", "0.05", "-o", $0] }
        add("init") { ["init", $0] }
        add("bench", executable: Run.benchExecutable) { _ in ["bench", "--sizes", "0.05", "--runs", "1"] }
        add("libyaml", executable: Run.benchExecutable) { _ in ["libyaml", "."] }
        add("scaling", executable: Run.benchExecutable) { _ in ["scaling", "--sizes", "0.05", "--runs", "1", "--commands", "check,render b0"] }
        add("help") { _ in ["help", "check"] }
        // Every other subcommand of `blueprint` runs on the workspace as it is, once per format: a
        // new command that needs no arguments is covered without a line here (one that does, or
        // one of `blueprint-bench`, fails until it has one).
        for (command, formats) in tree.sorted(by: { $0.key < $1.key }) where !all.contains(where: { $0.command == command }) {
            let words = command.split(separator: " ").map(String.init)
            if formats.isEmpty { add(command) { _ in words } }
            for format in formats { add(command, format) { _ in words + ["--format", format] } }
        }
        return all
    }()

    // MARK: - The command tree

    /// Every leaf subcommand ("render trace") of `blueprint` and `blueprint-bench` with the values
    /// its `--format` allows, from ArgumentParser's dump.
    static func commandTree() throws -> [String: [String]] {
        struct Dump: Decodable { var command: Command }
        struct Command: Decodable {
            var commandName: String
            var subcommands: [Command]?
            var arguments: [Argument]?
        }
        struct Argument: Decodable {
            struct Name: Decodable { var name: String }
            var names: [Name]?
            var allValues: [String]?
        }
        var leaves: [String: [String]] = [:]
        func walk(_ command: Command, _ path: [String]) {
            guard let subcommands = command.subcommands, !subcommands.isEmpty else {
                let format = command.arguments?.first { $0.names?.contains { $0.name == "format" } ?? false }
                leaves[path.joined(separator: " ")] = format?.allValues ?? []
                return
            }
            for subcommand in subcommands { walk(subcommand, path + [subcommand.commandName]) }
        }
        for executable in [Run.executable, Run.benchExecutable] {
            let run = try Run(["--experimental-dump-help"], executable: executable)
            guard run.status == 0 else { throw CommandTreeError(stderr: run.stderr) }
            walk(try JSONDecoder().decode(Dump.self, from: Data(run.stdout.utf8)).command, [])
        }
        return leaves
    }

    struct CommandTreeError: Error { var stderr: String }

    @Test("every subcommand and every --format value of the command tree has an invocation, and no invocation is stale")
    func everyCommandCovered() throws {
        let tree = try Self.commandTree()
        #expect(tree.count > 15, "the dump lists too few subcommands: \(tree.keys.sorted())")
        for (command, formats) in tree {
            let covered = Self.invocations.filter { $0.command == command }
            #expect(!covered.isEmpty, "'\(command)' has no invocation in PrivacyEverywhereTests.invocations")
            for format in formats {
                #expect(covered.contains { $0.format == format }, "'\(command) --format \(format)' has no invocation")
            }
        }
        for invocation in Self.invocations {
            #expect(tree[invocation.command] != nil, "'\(invocation.command)' is no subcommand")
            if let format = invocation.format { #expect(tree[invocation.command]?.contains(format) == true, "'\(invocation.command) --format \(format)' is no format") }
        }
    }

    // MARK: - The fixture

    /// A copy of the fixture in a scratch folder, with the inputs of the import commands beside it.
    static func workspace() throws -> ScratchFolder {
        let folder = try ScratchFolder()
        for (path, text) in sources { try folder.write(path, text) }
        try folder.write("highlights.csv", "text,tags\nThe lid was left open,black-hole\n")
        try folder.write("stories.txt", "As a customer I need a reply so that I can plan\n")
        return folder
    }

    @Test("every free-text field of every kind holds a planted item, and the workspace checks with warnings only")
    func everyFieldPlanted() throws {
        let folder = try Self.workspace()
        let loaded = try WorkspaceFiles.load([], currentDirectory: folder.url)
        let result = Checker.check(loaded.sources)
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics.filter { $0.severity == .error }.map(\.message))")
        var texts: [Text] = []
        result.workspace.forEachFreeText { texts.append($0) }
        #expect(texts.count > 90)
        // Dates must be valid dates: they hold no personal data the detector could find.
        let dates = Set(["2022-01-31", "2022-04-08", "2022-02-24", "2022-02-25"])
        // A step's actor may name a persona by ID (whose name is planted).
        let personaIDs = Set(result.workspace.personas.map(\.id.value))
        for text in texts where !dates.contains(text.value) && !personaIDs.contains(text.value) {
            #expect(!PersonalData.matches(in: text.value).isEmpty, "no planted item in '\(text.value)' at \(text.range)")
        }
        #expect(Self.planted.count == 102, "each field holds its own item")
    }

    // MARK: - The search

    /// Every place a run wrote to: standard output and error, and each file under `target`.
    static func places(_ run: Run, target: URL) -> [(String, Data)] {
        [("stdout", Data(run.stdout.utf8)), ("stderr", Data(run.stderr.utf8))] + PrivacyTests.contents(of: target).map { ($0.key, $0.value) }
    }

    /// What of the planted data `bytes` hold: withheld words, planted items and their fragments.
    static func leaks(in bytes: Data) -> [String] {
        Self.withheldWords.filter { bytes.range(of: Data($0.utf8)) != nil }
            + Self.fragments.filter { bytes.range(of: Data($0.fragment.utf8)) != nil }.map { "'\($0.fragment)' of '\($0.item)'" }
    }

    @Test("no output shows a planted item, a 6-character piece of one, or a non-consenting participant's words",
          arguments: invocations.filter { $0.command != "serve" })
    func nothingPlantedInAnyOutput(_ invocation: Invocation) throws {
        let folder = try Self.workspace()
        let target = folder.url.deletingLastPathComponent().appendingPathComponent("out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: target) }
        let run = try Run(invocation.arguments(target.path), in: folder.url, executable: invocation.executable)
        #expect(run.status == invocation.status, "\(run.stderr)")
        let places = Self.places(run, target: target)
        #expect(places.contains { !$0.1.isEmpty }, "the output is empty, so the test would prove nothing")
        if Self.readNoWorkspace.contains(invocation.command) {
            try? FileManager.default.removeItem(at: target)
            let empty = try ScratchFolder()
            let again = try Run(invocation.arguments(target.path), in: empty.url, executable: invocation.executable)
            #expect(Dictionary(uniqueKeysWithValues: Self.places(again, target: target)) == Dictionary(uniqueKeysWithValues: places),
                    "\(invocation.testDescription) writes something else outside the workspace: it reads it")
            return
        }
        for (place, bytes) in places {
            let found = Self.leaks(in: bytes)
            #expect(found.isEmpty, "\(invocation.testDescription) (\(place)) shows \(found.joined(separator: ", "))")
        }
    }

    @Test("serve: no page or file the server links to shows a planted item")
    func serve() async throws {
        let folder = try Self.workspace()
        let process = Process()
        process.executableURL = Run.executable
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = folder.url
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer {
            if process.isRunning { kill(process.processIdentifier, SIGINT) }
            process.waitUntilExit()
        }
        // The address, from the line "Serving the workspace report on http://127.0.0.1:PORT/".
        var stderr = Data()
        var base: URL?
        let deadline = Date().addingTimeInterval(60)
        while base == nil, Date() < deadline, process.isRunning {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { try await Task.sleep(for: .milliseconds(50)); continue }
            stderr += chunk
            let text = String(decoding: stderr, as: UTF8.self)
            if let match = text.firstMatch(of: /Serving the workspace report on (http:\/\/127\.0\.0\.1:[0-9]+\/)/) {
                base = URL(string: String(match.1))
            }
        }
        let root = try #require(base, "serve did not say where it listens: \(String(decoding: stderr, as: UTF8.self))")
        var queue = [root.appendingPathComponent("index.html")]
        var fetched: Set<String> = []
        while let url = queue.popLast() {
            guard fetched.insert(url.absoluteString).inserted else { continue }
            let (data, response) = try await URLSession.shared.data(from: url)
            #expect((response as? HTTPURLResponse)?.statusCode == 200, "\(url)")
            let found = Self.leaks(in: data)
            #expect(found.isEmpty, "serve (\(url.path)) shows \(found.joined(separator: ", "))")
            // Follow every link to the same server: href and src, in pages and SVGs.
            let text = String(decoding: data, as: UTF8.self)
            for match in text.matches(of: /(?:href|src)="([^"#]+)/) {
                guard let link = URL(string: String(match.1), relativeTo: url)?.absoluteURL,
                      link.host == root.host, link.port == root.port else { continue }
                queue.append(link)
            }
        }
        #expect(fetched.count > 5, "the crawl reached too few pages: \(fetched.sorted())")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        let rest = errors.fileHandleForReading.readDataToEndOfFile()
        let found = Self.leaks(in: stderr + rest)
        #expect(found.isEmpty, "serve (stderr) shows \(found.joined(separator: ", "))")
    }

    @Test("check masks personal data in a value it rejects, in the message and on the line it shows")
    func rejectedValue() throws {
        let folder = try Self.workspace()
        let study = try #require(Self.sources["research/study.yaml"])
        try folder.write("research/study.yaml", study.replacingOccurrences(of: "start: 2022-01-31", with: "start: 2022-01-31 B30 0AE"))
        for format in ["text", "json", "sarif"] {
            let run = try Run(["check", "--format", format, "--color", "never"], in: folder.url)
            #expect(run.status == 1)
            #expect(run.stdout.contains("2022-01-31 [postcode removed]' is not a valid date"), "\(run.stdout)")
            for piece in ["B30 0A", "30 0AE"] { #expect(!run.stdout.contains(piece), "check --format \(format) shows '\(piece)'") }
        }
    }

    @Test("the search can fail: the raw fixture holds every planted item and P07's words, and the search finds them")
    func positiveControl() throws {
        let raw = Data(Self.sources.values.joined(separator: "\n").utf8)
        let found = Self.leaks(in: raw)
        for words in Self.withheldWords { #expect(found.contains(words)) }
        for item in Self.planted { #expect(found.contains { $0.hasSuffix("of '\(item)'") }, "\(item)") }
        // Half a number is found too.
        #expect(!Self.leaks(in: Data("call 900210 today".utf8)).isEmpty)
    }
}
