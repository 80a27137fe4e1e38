import BlueprintKit
import Foundation
import Testing
import TestSupport

/// Issue 12, points 1–4: no command writes over, around or into what it reads or a folder of
/// someone else's files; symlinks, devices and FIFOs are written through, never replaced; folders
/// are swapped in one step and earlier runs' leftovers removed.
@Suite("The output policy", .serialized)
struct OutputPolicyTests {
    /// A writing command: its words before the output, what it writes, and the words after.
    struct Writer: CustomTestStringConvertible, Sendable {
        let path: [String]
        let arguments: [String]
        let target: OutputPolicy.Target
        /// The output is a positional argument (`init FOLDER`), not `-o`.
        var positional = false
        var executable = Run.executable

        func command(_ output: String) -> [String] {
            positional ? path + arguments + [output] : path + arguments + ["-o", output]
        }

        var testDescription: String { (path + arguments).joined(separator: " ") }
    }

    /// Every command that writes. `commandTree` fails when a subcommand with -o/--output is missing.
    static let writers: [Writer] = [
        // --format: else `-o x.yaml` stops at "cannot tell the format", before the policy.
        Writer(path: ["render", "blueprint"], arguments: ["gold-standard", "--format", "svg"], target: .file),
        Writer(path: ["render", "blueprint"], arguments: ["--all"], target: .folder),
        Writer(path: ["render", "trace"], arguments: ["insight-1", "--format", "dot"], target: .file),
        Writer(path: ["render", "trace"], arguments: ["--all", "--format", "dot"], target: .file),
        Writer(path: ["report"], arguments: [], target: .folder),
        Writer(path: ["export", "backlog"], arguments: ["--format", "jira-csv"], target: .file),
        Writer(path: ["export", "backlog"], arguments: ["--format", "markdown"], target: .file),
        Writer(path: ["export", "backlog"], arguments: ["--format", "json"], target: .file),
        Writer(path: ["export", "backlog"], arguments: ["--format", "github"], target: .folder),
        Writer(path: ["export", "backlog"], arguments: ["--format", "gherkin"], target: .folder),
        Writer(path: ["research", "export"], arguments: ["--redact"], target: .folder),
        Writer(path: ["research", "codebook"], arguments: [], target: .file),
        Writer(path: ["research", "import", "highlights"],
               arguments: ["highlights.csv", "--session", "session-x", "--study", "discovery"], target: .file),
        Writer(path: ["stories", "import"], arguments: ["stories.txt"], target: .file),
        Writer(path: ["schema"], arguments: [], target: .file),
        Writer(path: ["generate"], arguments: ["--megabytes", "0.01"], target: .folder, executable: Run.benchExecutable),
        Writer(path: ["init"], arguments: [], target: .folder, positional: true),
    ]

    /// A copy of the example workspace in `work/`, with an import's inputs beside it, an
    /// unrelated folder of someone's files, a symlink to an input, and a FIFO.
    final class Sandbox {
        let scratch: ScratchFolder
        var root: URL { scratch.url }
        var work: URL { scratch.url.appendingPathComponent("work") }

        init() throws {
            scratch = try ScratchFolder()
            let repository = Run.repository
            for folder in ["blueprints", "research"] {
                let files = FileManager.default.enumerator(at: repository.appendingPathComponent(folder), includingPropertiesForKeys: nil)!
                for case let url as URL in files where url.pathExtension == "yaml" {
                    let relative = String(url.standardizedFileURL.path.dropFirst(repository.standardizedFileURL.path.count + 1))
                    try scratch.write("work/" + relative, try String(contentsOf: url, encoding: .utf8))
                }
            }
            try scratch.write("work/workspace.yaml", try String(contentsOf: repository.appendingPathComponent("workspace.yaml"), encoding: .utf8))
            try scratch.write("work/highlights.csv", "text,tags,participant\nThe form timed out,form-friction,C01\n")
            try scratch.write("work/stories.txt", "As a resident I need to report a missed bin so that it is collected\n")
            try scratch.write("full/notes.txt", "someone's notes\n")
            try FileManager.default.createSymbolicLink(atPath: work.appendingPathComponent("link.yaml").path,
                                                       withDestinationPath: "blueprints/gold-standard.yaml")
            #expect(mkfifo(work.appendingPathComponent("pipe").path, 0o600) == 0)
        }

        /// Every regular file under the sandbox and where every symlink points, by relative path.
        func snapshot() -> [String: Data] {
            var result: [String: Data] = [:]
            let base = root.standardizedFileURL.path
            for path in (FileManager.default.subpaths(atPath: base) ?? []) {
                var info = stat()
                guard lstat(base + "/" + path, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFREG: result[path] = FileManager.default.contents(atPath: base + "/" + path)
                case S_IFLNK: result[path] = Data(("link: " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: base + "/" + path)) ?? "")).utf8)
                case S_IFIFO: result[path] = Data("fifo".utf8)
                default: break
                }
            }
            return result
        }
    }

    /// What a hostile output path must give: refused (exit 2) with these words, or written through.
    enum Expected { case refused(String), written }

    static func hostile(_ writer: Writer) -> [(path: String, expected: Expected)] {
        let file = writer.target == .file
        return [
            (".", .refused(file ? "holds an input file" : "holds an input file")),
            ("blueprints/gold-standard.yaml", .refused("is an input file")),
            ("research", .refused("holds an input file")),
            ("..", .refused("holds an input file")),
            // init adds files rather than replacing the folder: it needs one that is empty.
            ("../full", .refused(file ? "is a folder" : writer.positional ? "is not empty (notes.txt)" : "holds files this command did not write")),
            ("link.yaml", .refused("is an input file")),
            ("pipe", file ? .written : .refused("is a file, not a folder")),
            ("/dev/null", file ? .written : .refused("is a file, not a folder")),
        ]
    }

    @Test("every writing command refuses each hostile path, or writes through it, and leaves every input byte-identical",
          arguments: writers)
    func hostilePaths(_ writer: Writer) throws {
        let sandbox = try Sandbox()
        let elsewhere = try ScratchFolder()
        let before = sandbox.snapshot()
        for (output, expected) in Self.hostile(writer) {
            // The FIFO's reader: cat, into a file outside the sandbox.
            let received = elsewhere.url.appendingPathComponent("received")
            let reader = Process()
            reader.executableURL = URL(fileURLWithPath: "/bin/sh")
            reader.arguments = ["-c", "cat pipe > '\(received.path)'"]
            reader.currentDirectoryURL = sandbox.work
            if output == "pipe" { try reader.run() }
            let run = try Run(writer.command(output), in: sandbox.work, executable: writer.executable)
            if output == "pipe" {
                // A refused run never opened the FIFO: open it once so the reader returns.
                if run.status != 0 { FileHandle(forWritingAtPath: sandbox.work.appendingPathComponent("pipe").path)?.closeFile() }
                reader.waitUntilExit()
            }
            switch expected {
            case .refused(let words):
                #expect(run.status == 2, "\(writer) -o \(output): exit \(run.status)\n\(run.stderr)")
                #expect(run.stderr.contains(words), "\(writer) -o \(output): \(run.stderr)")
                #expect(run.stderr.components(separatedBy: "\n").filter { $0.hasPrefix("error:") }.count == 1, "\(run.stderr)")
            case .written:
                #expect(run.status == 0, "\(writer) -o \(output): exit \(run.status)\n\(run.stderr)")
                if output == "pipe" {
                    #expect(((try? Data(contentsOf: received)) ?? Data()).count > 0, "\(writer): the FIFO's reader got nothing")
                }
            }
            #expect(sandbox.snapshot() == before, "\(writer) -o \(output) changed the sandbox")
        }
        var info = stat()
        #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "/dev/null was replaced")
    }

    @Test("the list of writers is the command trees' list of commands with -o/--output")
    func commandTree() throws {
        var found: Set<String> = []
        func walk(_ command: [String: Any], path: [String]) {
            let arguments = command["arguments"] as? [[String: Any]] ?? []
            let writes = arguments.contains { argument in
                (argument["names"] as? [[String: Any]] ?? []).contains { ["output", "o"].contains($0["name"] as? String) }
            }
            if writes { found.insert(path.joined(separator: " ")) }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                walk(sub, path: path + [sub["commandName"] as? String ?? "?"])
            }
        }
        for executable in [Run.executable, Run.benchExecutable] {
            let dump = try Run(["--experimental-dump-help"], executable: executable)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
            walk(try #require(json["command"] as? [String: Any]), path: [])
        }
        let listed = Set(Self.writers.filter { !$0.positional }.map { $0.path.joined(separator: " ") })
        #expect(found.count >= 10, "the command tree was not read: \(found.sorted())")
        #expect(found.subtracting(listed).isEmpty, "commands with -o missing from OutputPolicyTests.writers: \(found.subtracting(listed).sorted())")
    }

    // MARK: - Regression tests, one per finding

    @Test("1: report -o . in a workspace is refused and deletes nothing; an unrelated full folder too")
    func reportIntoWorkspace() throws {
        let sandbox = try Sandbox()
        let before = sandbox.snapshot()
        for output in [".", "blueprints", "..", "../full"] {
            let run = try Run(["report", "-o", output], in: sandbox.work)
            #expect(run.status == 2, "report -o \(output): \(run.stderr)")
        }
        #expect(sandbox.snapshot() == before)
        // Its own folder, recognised by its manifest, is replaced; a file added to it stops that.
        #expect(try Run(["report", "-o", "../site"], in: sandbox.work).status == 0)
        let manifest = sandbox.root.appendingPathComponent("site/\(OutputPolicy.manifestName)")
        #expect(String(decoding: try Data(contentsOf: manifest), as: UTF8.self).contains("\"command\" : \"report\""))
        #expect(try Run(["report", "-o", "../site"], in: sandbox.work).status == 0)
        try sandbox.scratch.write("site/mine.txt", "keep me")
        let refused = try Run(["report", "-o", "../site"], in: sandbox.work)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("holds files this command did not write (mine.txt)"))
        #expect(FileManager.default.fileExists(atPath: sandbox.root.appendingPathComponent("site/mine.txt").path))
    }

    @Test("2: single-file outputs never overwrite their inputs, whatever the spelling")
    func singleFileInputs() throws {
        let sandbox = try Sandbox()
        let before = sandbox.snapshot()
        let cases: [[String]] = [
            ["render", "gold-standard", "--format", "svg", "-o", "blueprints/gold-standard.yaml"],
            ["render", "gold-standard", "--format", "svg", "-o", "blueprints/../blueprints/./gold-standard.yaml"],
            ["render", "trace", "--all", "--format", "svg", "-o", "research/participants.yaml"],
            ["export", "backlog", "--format", "markdown", "-o", "blueprints/stories/waste.yaml"],
            ["research", "codebook", "-o", "research/codebook.yaml"],
            ["schema", "-o", "workspace.yaml"],
            ["stories", "import", "stories.txt", "-o", "blueprints/stories/waste.yaml"],
            ["generate", "--megabytes", "0.01", "-o", "."],
        ]
        for arguments in cases {
            let run = try Run(arguments, in: sandbox.work, executable: arguments[0] == "generate" ? Run.benchExecutable : Run.executable)
            #expect(run.status == 2, "\(arguments): \(run.stderr)")
            #expect(run.stderr.hasPrefix("error: "), "\(arguments): \(run.stderr)")
        }
        #expect(sandbox.snapshot() == before)
    }

    @Test("3: a symlink is written through to its target, /dev/stdout is standard output, a device is never replaced")
    func writeThrough() throws {
        let sandbox = try Sandbox()
        try FileManager.default.createDirectory(at: sandbox.root.appendingPathComponent("out"), withIntermediateDirectories: true)
        try sandbox.scratch.write("out/real.svg", "old")
        let link = sandbox.root.appendingPathComponent("out/link.svg").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.svg")
        #expect(try Run(["render", "gold-standard", "-o", link], in: sandbox.work).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.svg")
        let written = String(decoding: try Data(contentsOf: sandbox.root.appendingPathComponent("out/real.svg")), as: UTF8.self)
        #expect(written.contains("<svg"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.root.appendingPathComponent("out").path).sorted() == ["link.svg", "real.svg"])

        // A dangling link too: its target is created, the link stays.
        let dangling = sandbox.root.appendingPathComponent("out/dangling.svg").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "new.svg")
        #expect(try Run(["render", "gold-standard", "-o", dangling], in: sandbox.work).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dangling) == "new.svg")
        #expect(FileManager.default.fileExists(atPath: sandbox.root.appendingPathComponent("out/new.svg").path))

        let stdout = try Run(["render", "gold-standard", "--format", "dot", "-o", "/dev/stdout"], in: sandbox.work)
        #expect(stdout.status == 0)
        #expect(stdout.stdout.hasPrefix("digraph"))
    }

    @Test("3: decide: devices and FIFOs are streams, symlinks resolve to their targets")
    func decisions() throws {
        let sandbox = try Sandbox()
        let work = sandbox.work.path
        let inputs = OutputPolicy.Inputs(files: [work + "/blueprints/gold-standard.yaml"], folders: [work])
        #expect(OutputPolicy.decide("/dev/null", as: .file, inputs: inputs, currentDirectory: work) == .stream("/dev/null"))
        #expect(OutputPolicy.decide("pipe", as: .file, inputs: .none, currentDirectory: work) == .stream(OutputPolicy.resolve(work + "/pipe")))
        #expect(OutputPolicy.decide("-", as: .file, inputs: inputs, currentDirectory: work) == .standardOutput)
        guard case .refused = OutputPolicy.decide("link.yaml", as: .file, inputs: inputs, currentDirectory: work) else {
            Issue.record("a symlink to an input was allowed"); return
        }
        guard case .refused = OutputPolicy.decide("BLUEPRINTS/../.", as: .folder, inputs: inputs, currentDirectory: work) else {
            Issue.record("the workspace root, spelt with a missing folder and .., was allowed"); return
        }
    }

    @Test("random paths of the workspace's own names are never allowed over an input (the fuzz target's property)")
    func randomPaths() throws {
        let sandbox = try Sandbox()
        let work = sandbox.work.path
        try FileManager.default.createSymbolicLink(atPath: work + "/up", withDestinationPath: "..")
        let inputs = OutputPolicy.Inputs(files: [work + "/workspace.yaml", work + "/blueprints/gold-standard.yaml"],
                                         folders: [work, work + "/blueprints"])
        let words = [".", "..", "blueprints", "gold-standard.yaml", "link.yaml", "up", "work", "pipe", "full", "", "BLUEPRINTS", "x"]
        var state: UInt64 = 12
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        for _ in 0..<3_000 {
            let path = (next() % 4 == 0 ? "/" : "") + (0..<(1 + next() % 5)).map { _ in words[next() % words.count] }.joined(separator: "/")
            for target in [OutputPolicy.Target.file, .folder] {
                let allowed: String
                switch OutputPolicy.decide(path, as: target, inputs: inputs, currentDirectory: work) {
                case .file(let real), .stream(let real), .folder(let real): allowed = real
                case .standardOutput, .refused: continue
                }
                let system = realpath(allowed, nil).map { pointer -> String in defer { free(pointer) }; return String(cString: pointer) } ?? allowed
                for candidate in [allowed, system] {
                    let prefix = candidate.hasSuffix("/") ? candidate : candidate + "/"
                    #expect(!(inputs.files + inputs.folders).contains { $0 == candidate || $0.hasPrefix(prefix) },
                            "\(path) as a \(target) was allowed at \(candidate)")
                }
            }
        }
    }

    @Test("4: folders are exchanged in one step, and earlier killed runs' leftovers are removed")
    func folderSwap() throws {
        let scratch = try ScratchFolder()
        let first = scratch.url.appendingPathComponent("a"), second = scratch.url.appendingPathComponent("b")
        try scratch.write("a/one", "1")
        try scratch.write("b/two", "2")
        #expect(OutputFile.exchange(first.path, second.path), "renameat2(RENAME_EXCHANGE) is not offered here")
        #expect(FileManager.default.fileExists(atPath: first.appendingPathComponent("two").path))
        #expect(FileManager.default.fileExists(atPath: second.appendingPathComponent("one").path))

        // Leftovers of a run that is gone: a process that has exited gives a PID no one has.
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let dead = gone.processIdentifier
        try scratch.write(".site.tmp-\(dead)/index.html", "half")
        try scratch.write(".site.old-\(dead)/index.html", "old")
        try scratch.write(".site.tmp-1/index.html", "a live process's (PID 1)")
        let site = scratch.url.appendingPathComponent("site")
        try OutputFile.writeFolder([("index.html", Array("new".utf8))], to: site)
        try OutputFile.writeFolder([("index.html", Array("newer".utf8))], to: site)
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted()
        #expect(left == [".site.tmp-1", "a", "b", "site"])
        #expect(String(decoding: try Data(contentsOf: site.appendingPathComponent("index.html")), as: UTF8.self) == "newer")

        // A file's temporary of a killed run goes too.
        try scratch.write(".x.svg.tmp-\(dead)", "half")
        try OutputFile.write(Array("x".utf8), to: scratch.url.appendingPathComponent("x.svg").path)
        #expect(!FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent(".x.svg.tmp-\(dead)").path))
    }

    @Test("10: render -o an existing folder says so in plain words")
    func renderIntoFolder() throws {
        let sandbox = try Sandbox()
        try FileManager.default.createDirectory(at: sandbox.root.appendingPathComponent("diagrams"), withIntermediateDirectories: true)
        let run = try Run(["render", "gold-standard", "-o", "../diagrams"], in: sandbox.work)
        #expect(run.status == 2)
        #expect(run.stderr == "error: ../diagrams is a folder; name a file, or use --all to draw every blueprint into a folder\n")
        let failed = try Run(["schema", "-o", "../diagrams"], in: sandbox.work)
        #expect(failed.status == 2)
        #expect(failed.stderr == "error: ../diagrams is a folder; name a file to write\n")
        #expect(!failed.stderr.contains("NSCocoaErrorDomain"))
    }
}
