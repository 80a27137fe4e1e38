import ArgumentParser
import BlueprintBenchmark
import BlueprintKit
import Foundation

struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure check throughput, memory and rendering against libyaml and dot.",
        discussion: """
        For each size, generates a workspace, then times, on the same bytes, interleaved (A B A B): \
        as whole processes, 'blueprint-bench libyaml' (read the files, run libyaml's raw event loop \
        in C) against 'blueprint check', the figure a user feels; and in memory, the C loop against \
        the pipeline (parse, decode, link, every rule, files in parallel). Then it renders the \
        largest blueprint to SVG cold (a 'blueprint render' process) and warm (in this process) \
        against a 'dot -Tsvg' process. Every figure is a median with its min–max, wall and CPU. \
        Build with -c release for numbers worth reading; see docs/PERFORMANCE.md.
        """)

    @Option(help: "Workspace sizes in megabytes, comma-separated.")
    var sizes: String = "1,10,100"

    @Option(help: "Rounds of each interleaved pair; the median counts, with its min–max.")
    var runs: Int = 3

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Flag(help: "Also time each stage and each rule on one core, on the largest size: where the time goes.")
    var phases = false

    func validate() throws {
        guard !parsedSizes.isEmpty, parsedSizes.allSatisfy({ $0 > 0 && $0 <= 2_000 }) else {
            throw ValidationError("--sizes takes megabytes between 0 and 2000, e.g. 1,10,100")
        }
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
    }

    var parsedSizes: [Double] { sizes.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) } }

    func run() async throws {
        try await WorkspaceError.endingProcess {
            // Both found before any work: a missing one would fail only after minutes of measuring.
            let bench = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            let executable = try Bench.blueprintExecutable(beside: bench)
            let dot = try Bench.dotCommand()
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("blueprint-bench-\(getpid())")
            defer { try? FileManager.default.removeItem(at: scratch) }
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            var results: [Bench.SizeResult] = []
            for size in parsedSizes {
                let folder = scratch.appendingPathComponent("\(size)MB")
                results.append(try await Bench.measure(megabytes: size, runs: runs, folder: folder, executable: executable, bench: bench, scratch: scratch))
                if !json { FileHandle.standardError.write(Data("measured \(size) MB\n".utf8)) }
            }
            let render = try await Bench.measureRender(folder: scratch.appendingPathComponent("\(parsedSizes[0])MB"), runs: runs, dot: dot,
                                                       executable: executable, scratch: scratch)
            let largest = parsedSizes.max() ?? parsedSizes[0]
            let profile = phases ? try Bench.phases(folder: scratch.appendingPathComponent("\(largest)MB")) : nil
            if json {
                struct Output: Encodable {
                    var machine: String
                    var sizes: [Bench.SizeResult]
                    var render: Bench.RenderResult
                    var phases: [Bench.Phase]?
                }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                let output = Output(machine: Bench.machine(), sizes: results, render: render, phases: profile)
                print(String(decoding: try encoder.encode(output), as: UTF8.self))
            } else {
                print(Bench.table(results, render: render, runs: runs))
                if let profile { print(Bench.phaseTable(profile, megabytes: results.first { $0.megabytes >= largest * 0.9 }?.megabytes ?? largest)) }
            }
        }
    }
}
