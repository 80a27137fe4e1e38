import Foundation
import BlueprintGraphviz
import BlueprintKit
import BlueprintEmitters
import BlueprintModel
import BlueprintRules
import BlueprintSyntax
import YAMLBaseline

/// `blueprint-bench`: throughput, memory and scaling on generated workspaces, each measured
/// against a baseline on the same bytes in the same run (these machines are noisy, so ratios
/// mean more than seconds).
public enum Bench {
    /// One workspace size.
    public struct SizeResult: Sendable, Codable {
        public var megabytes: Double
        public var files: Int
        /// The fastest of the runs: libyaml's raw event loop in C over every file.
        public var rawLibyamlSeconds: Double
        /// The fastest of the runs: `Checker.checkConcurrently` (parse, decode, link, every rule).
        public var checkSeconds: Double
        /// Peak resident memory of `blueprint check` on this workspace, in a process of its own.
        public var peakMegabytes: Double

        /// Our throughput as a share of raw libyaml's (1 = as fast as the C loop).
        public var ratioToLibyaml: Double { rawLibyamlSeconds / checkSeconds }
        public var checkMegabytesPerSecond: Double { megabytes / checkSeconds }
        public var rawMegabytesPerSecond: Double { megabytes / rawLibyamlSeconds }
        public var peakMegabytesPerInputMegabyte: Double { peakMegabytes / megabytes }
    }

    /// Rendering the largest blueprint in-process against the `dot` command on the same DOT.
    public struct RenderResult: Sendable, Codable {
        public var blueprint: String
        public var steps: Int
        public var inProcessSeconds: Double
        public var dotCommandSeconds: Double
        public var ratioToDot: Double { inProcessSeconds / dotCommandSeconds }
    }

    /// Where `check`'s time goes: each stage of the pipeline and each rule, on one core.
    public struct Phase: Sendable, Codable {
        public var name: String
        public var seconds: Double
    }

    /// Times parsing, decoding, linking and every rule one after another on one core, on the
    /// workspace in `folder`. The phases add up to a single-threaded `check`.
    public static func phases(folder: URL) throws -> [Phase] {
        let urls = try WorkspaceFiles.collect([folder.path], currentDirectory: folder)
        let sources = try WorkspaceFiles.read(urls, currentDirectory: folder)
        let clock = ContinuousClock()
        var parsed: [YAMLParser.Result] = []
        let parse = clock.measure { parsed = sources.map { YAMLParser.parse($0.bytes, file: $0.path) } }
        var workspace = Workspace()
        let decode = clock.measure {
            for document in parsed.flatMap(\.documents) {
                if let element = DocumentDecoder.decode(document).element { workspace.add(element) }
            }
        }
        return [Phase(name: "parse (libyaml into located trees)", seconds: parse.inSeconds),
                Phase(name: "decode (trees into the model)", seconds: decode.inSeconds)]
            + RuleCatalog.profile(workspace).map { Phase(name: $0.name, seconds: $0.duration.inSeconds) }
    }

    /// Seconds of the fastest of `runs` runs of `work`.
    static func fastest(_ runs: Int, _ work: () async throws -> Void) async rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<max(1, runs) {
            best = min(best, try await ContinuousClock().measure(work).inSeconds)
        }
        return best
    }

    /// Generates a workspace of about `megabytes` into `folder`, replacing it as a whole (only
    /// when it is new, empty or an earlier run's: `OutputPolicy`), never over `inputs`.
    public static func generate(megabytes: Double, seed: UInt64, into folder: URL,
                                inputs: OutputPolicy.Inputs = .none) throws(WorkspaceError) {
        var generator = WorkspaceGenerator(seed: seed)
        let files = generator.files(totalBytes: Int(megabytes * 1_000_000)).map { ($0.path, Array($0.text.utf8)) }
        try OutputFile.writeFolder(files, to: folder, command: "generate", inputs: inputs)
    }

    /// Measures one size. `executable` is the `blueprint` binary, run once for peak memory.
    public static func measure(megabytes: Double, runs: Int, folder: URL, executable: URL) async throws -> SizeResult {
        try generate(megabytes: megabytes, seed: 1, into: folder)
        let urls = try WorkspaceFiles.collect([folder.path], currentDirectory: folder)
        let sources = try WorkspaceFiles.read(urls, currentDirectory: folder)
        let bytes = sources.reduce(0) { $0 + $1.bytes.count }
        var events = 0
        let raw = await fastest(runs) {
            events = 0
            for source in sources {
                events += source.bytes.withUnsafeBufferPointer { yaml_baseline_count_events($0.baseAddress, $0.count) }
            }
        }
        precondition(events > 0, "the baseline parsed nothing")
        var findings = 0
        let check = await fastest(runs) {
            findings = await Checker.checkConcurrently(sources).diagnostics.filter { $0.severity == .error }.count
        }
        precondition(findings == 0, "the generated workspace has errors")
        let peak = try await peakMegabytes(of: executable, arguments: ["check", folder.path, "--format", "json"])
        return SizeResult(megabytes: Double(bytes) / 1_000_000, files: sources.count, rawLibyamlSeconds: raw,
                          checkSeconds: check, peakMegabytes: peak)
    }

    /// Renders the blueprint with the most steps to SVG in-process and with `dot`, the command
    /// (`dotCommand()`).
    public static func measureRender(folder: URL, runs: Int, dot command: URL) async throws -> RenderResult {
        let urls = try WorkspaceFiles.collect([folder.path], currentDirectory: folder)
        let result = Checker.check(try WorkspaceFiles.read(Array(urls.prefix(40)), currentDirectory: folder))
        guard let largest = result.workspace.blueprints.max(by: { $0.steps.count < $1.steps.count }) else {
            throw WorkspaceError.unusableInput("no blueprint to render")
        }
        let dot = BlueprintDiagram.dot(largest, personas: result.workspace.personas)
        let inProcess = try await fastest(runs) { _ = try Graphviz.render(dot: dot, format: .svg) }
        let file = folder.appendingPathComponent("largest.dot")
        try OutputFile.write(Array(dot.utf8), to: file.path)
        // Foundation's Process, not ChildProcess: its wait is not polled, so it adds no time.
        let dotCommand = try await fastest(runs) {
            let process = Process()
            process.executableURL = command
            process.arguments = ["-Tsvg", file.path, "-o", "/dev/null"]
            try process.run()
            process.waitUntilExit()
        }
        return RenderResult(blueprint: largest.id.value, steps: largest.steps.count,
                            inProcessSeconds: inProcess, dotCommandSeconds: dotCommand)
    }

    /// Peak resident memory of a child process, in megabytes.
    static func peakMegabytes(of executable: URL, arguments: [String]) async throws -> Double {
        Double(try await ChildProcess.run(executable, arguments).peakResidentBytes) / 1_048_576
    }
}

extension Swift.Duration {
    var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
