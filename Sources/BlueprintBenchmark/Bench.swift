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
    /// One workspace size: `check` against libyaml's raw event loop over the same files, both in
    /// this process (what the parser and the pipeline cost) and as whole processes (what a user
    /// waits for: start, reading the files, and the work), each pair run interleaved (A B A B …).
    public struct SizeResult: Sendable, Codable {
        public var megabytes: Double
        public var files: Int
        /// In this process, files already in memory: the C event loop and `Checker.checkConcurrently`.
        public var inMemory: Pair
        /// Whole processes: `blueprint-bench libyaml FOLDER` (read the files, run the C loop) and
        /// `blueprint check FOLDER`. The figure a user feels.
        public var wholeProcess: Pair
        /// Peak resident memory of `blueprint check` on this workspace, in a process of its own.
        public var peakMegabytes: Double

        public var peakMegabytesPerInputMegabyte: Double { peakMegabytes / megabytes }
    }

    /// A baseline and our command on the same input, timed alternately.
    public struct Pair: Sendable, Codable {
        public var baseline: Timing
        public var measured: Timing
        /// Our throughput as a share of the baseline's, from the medians (1 = as fast).
        public var wallRatio: Double { baseline.wall.median / measured.wall.median }
        public var cpuRatio: Double { baseline.cpu.median / measured.cpu.median }
    }

    /// Rendering the largest blueprint to SVG against the `dot` command on the same DOT: warm (in
    /// this process, Graphviz already started) and cold (a new `blueprint render` process, what
    /// every `blueprint render` is), each against a new `dot -Tsvg` process.
    public struct RenderResult: Sendable, Codable {
        public var blueprint: String
        public var steps: Int
        public var warm: Pair
        public var cold: Pair
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

    /// `runs` rounds of the baseline then the measured work, in memory.
    static func interleaved(_ runs: Int, baseline: () async throws -> Void, measured: () async throws -> Void) async rethrows -> Pair {
        var base: [Sample] = [], ours: [Sample] = []
        for _ in 0..<max(1, runs) {
            base.append(try await sample(baseline))
            ours.append(try await sample(measured))
        }
        return Pair(baseline: Timing(base), measured: Timing(ours))
    }

    /// `runs` rounds of two whole processes, the baseline first in each.
    static func interleaved(_ runs: Int, baseline: (URL, [String]), measured: (URL, [String]), scratch: URL) throws(WorkspaceError) -> Pair {
        var base: [Sample] = [], ours: [Sample] = []
        for _ in 0..<max(1, runs) {
            base.append(try sample(process: baseline.0, baseline.1, scratch: scratch))
            ours.append(try sample(process: measured.0, measured.1, scratch: scratch))
        }
        return Pair(baseline: Timing(base), measured: Timing(ours))
    }

    /// libyaml's raw event loop over every file of `sources`: the events it read.
    public static func countEvents(_ sources: [SourceFile]) -> Int {
        sources.reduce(0) { total, source in
            total + source.bytes.withUnsafeBufferPointer { yaml_baseline_count_events($0.baseAddress, $0.count) }
        }
    }

    /// Generates a workspace of about `megabytes` into `folder`, replacing it as a whole (only
    /// when it is new, empty or an earlier run's: `OutputPolicy`), never over `inputs`.
    public static func generate(megabytes: Double, seed: UInt64, into folder: URL,
                                inputs: OutputPolicy.Inputs = .none) throws(WorkspaceError) {
        var generator = WorkspaceGenerator(seed: seed)
        let files = generator.files(totalBytes: Int(megabytes * 1_000_000)).map { ($0.path, Array($0.text.utf8)) }
        try OutputFile.writeFolder(files, to: folder, command: "generate", inputs: inputs)
    }

    /// Measures one size. `executable` is the `blueprint` binary and `bench` this one (its
    /// `libyaml` subcommand is the whole-process baseline).
    public static func measure(megabytes: Double, runs: Int, folder: URL, executable: URL, bench: URL, scratch: URL) async throws -> SizeResult {
        try generate(megabytes: megabytes, seed: 1, into: folder)
        let urls = try WorkspaceFiles.collect([folder.path], currentDirectory: folder)
        let sources = try WorkspaceFiles.read(urls, currentDirectory: folder)
        let bytes = sources.reduce(0) { $0 + $1.bytes.count }
        var events = 0
        var findings = 0
        let inMemory = await interleaved(runs, baseline: { events = countEvents(sources) }, measured: {
            findings = await Checker.checkConcurrently(sources).diagnostics.filter { $0.severity == .error }.count
        })
        precondition(events > 0, "the baseline parsed nothing")
        precondition(findings == 0, "the generated workspace has errors")
        let wholeProcess = try interleaved(runs, baseline: (bench, ["libyaml", folder.path]),
                                           measured: (executable, ["check", folder.path, "--format", "json"]), scratch: scratch)
        let peak = try await peakMegabytes(of: executable, arguments: ["check", folder.path, "--format", "json"])
        return SizeResult(megabytes: Double(bytes) / 1_000_000, files: sources.count, inMemory: inMemory,
                          wholeProcess: wholeProcess, peakMegabytes: peak)
    }

    /// Renders the blueprint with the most steps to SVG, warm and cold, against `dot -Tsvg`.
    public static func measureRender(folder: URL, runs: Int, dot command: URL, executable: URL, scratch: URL) async throws -> RenderResult {
        let urls = try WorkspaceFiles.collect([folder.path], currentDirectory: folder)
        let result = Checker.check(try WorkspaceFiles.read(Array(urls.prefix(40)), currentDirectory: folder))
        guard let largest = result.workspace.blueprints.max(by: { $0.steps.count < $1.steps.count }) else {
            throw WorkspaceError.unusableInput("no blueprint to render")
        }
        let dot = BlueprintDiagram.dot(largest, personas: result.workspace.personas)
        let file = scratch.appendingPathComponent("largest.dot")
        try OutputFile.write(Array(dot.utf8), to: file.path)
        let dotRun = (command, ["-Tsvg", file.path, "-o", "/dev/null"])
        // Warm: Graphviz started once before the first timed run, as in `report` and `serve`.
        _ = try Graphviz.render(dot: dot, format: .svg)
        var base: [Sample] = [], ours: [Sample] = []
        for _ in 0..<max(1, runs) {
            base.append(try sample(process: dotRun.0, dotRun.1, scratch: scratch))
            ours.append(try await sample { _ = try Graphviz.render(dot: dot, format: .svg) })
        }
        let warm = Pair(baseline: Timing(base), measured: Timing(ours))
        let svg = scratch.appendingPathComponent("largest.svg").path
        let cold = try interleaved(runs, baseline: dotRun,
                                   measured: (executable, ["render", largest.id.value, folder.path, "-o", svg]), scratch: scratch)
        return RenderResult(blueprint: largest.id.value, steps: largest.steps.count, warm: warm, cold: cold)
    }

    /// Peak resident memory of a child process, in megabytes.
    static func peakMegabytes(of executable: URL, arguments: [String]) async throws -> Double {
        Double(try await ChildProcess.run(executable, arguments).peakResidentBytes) / 1_048_576
    }
}

extension Swift.Duration {
    var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
