import ArgumentParser
import BlueprintKit
import Foundation

struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure check throughput, memory and rendering against libyaml and dot.",
        discussion: """
        For each size, generates a workspace, then times, on the same bytes in the same run: a raw \
        libyaml event loop in C, and 'check' (parse, decode, link, every rule, files in parallel); \
        and runs 'blueprint check' once in a process of its own for its peak memory. Then renders \
        the largest blueprint to SVG in-process and with the dot command. Build with \
        -c release for numbers worth reading; see docs/PERFORMANCE.md.
        """)

    @Option(help: "Workspace sizes in megabytes, comma-separated.")
    var sizes: String = "1,10,100"

    @Option(help: "Runs per measurement; the fastest counts.")
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
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("blueprint-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var results: [Bench.SizeResult] = []
        for size in parsedSizes {
            let folder = scratch.appendingPathComponent("\(size)MB")
            results.append(try await Bench.measure(megabytes: size, runs: runs, folder: folder, executable: executable))
            if !json { FileHandle.standardError.write(Data("measured \(size) MB\n".utf8)) }
        }
        let render = try await Bench.measureRender(folder: scratch.appendingPathComponent("\(parsedSizes[0])MB"), runs: runs)
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
            let output = Output(machine: machine(), sizes: results, render: render, phases: profile)
            print(String(decoding: try encoder.encode(output), as: UTF8.self))
        } else {
            print(table(results, render: render))
            if let profile { print(phaseTable(profile, megabytes: results.first { $0.megabytes >= largest * 0.9 }?.megabytes ?? largest)) }
        }
    }

    func table(_ results: [Bench.SizeResult], render: Bench.RenderResult) -> String {
        func format(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }
        var out = "Machine: \(machine())\n\n"
        out += "| workspace | files | raw libyaml | check | check / libyaml throughput | peak memory | memory per MB |\n"
        out += "|---|---|---|---|---|---|---|\n"
        for row in results {
            out += "| \(format(row.megabytes, 1)) MB | \(row.files) | \(format(row.rawLibyamlSeconds, 3)) s (\(format(row.rawMegabytesPerSecond, 1)) MB/s) "
            out += "| \(format(row.checkSeconds, 3)) s (\(format(row.checkMegabytesPerSecond, 1)) MB/s) | \(format(row.ratioToLibyaml))× "
            out += "| \(format(row.peakMegabytes, 0)) MB | \(format(row.peakMegabytesPerInputMegabyte, 1)) |\n"
        }
        if let first = results.first, results.count > 1 {
            out += "\nScaling from \(format(first.megabytes, 1)) MB (×1 would be linear):\n"
            for row in results.dropFirst() {
                let size = row.megabytes / first.megabytes
                out += "- \(format(row.megabytes, 1)) MB is \(format(size, 1))× the input: check time ×\(format(row.checkSeconds / first.checkSeconds, 1)) "
                out += "(\(format(row.checkSeconds / first.checkSeconds / size)) per unit of input), peak memory ×\(format(row.peakMegabytes / first.peakMegabytes, 1))\n"
            }
        }
        out += "\nRendering '\(render.blueprint)' (\(render.steps) steps) to SVG: in-process \(format(render.inProcessSeconds * 1000, 1)) ms"
        if let dot = render.dotCommandSeconds, let ratio = render.ratioToDot {
            out += ", dot command \(format(dot * 1000, 1)) ms, ratio \(format(ratio))× of dot"
        }
        return out + "\n"
    }

    /// The phases, slowest first, with their share of the single-threaded total.
    func phaseTable(_ phases: [Bench.Phase], megabytes: Double) -> String {
        let total = phases.reduce(0) { $0 + $1.seconds }
        var out = "Where the time goes on one core (\(String(format: "%.1f", megabytes)) MB, \(String(format: "%.3f", total)) s in all):\n\n"
        out += "| phase | seconds | share |\n|---|---|---|\n"
        for phase in phases.sorted(by: { $0.seconds > $1.seconds }) where phase.seconds >= total / 200 {
            out += "| \(phase.name) | \(String(format: "%.3f", phase.seconds)) | \(String(format: "%.1f", 100 * phase.seconds / total))% |\n"
        }
        return out
    }

    func machine() -> String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? "unknown CPU"
        let memory = ProcessInfo.processInfo.physicalMemory / (1 << 30)
        return "\(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(memory) GiB"
    }
}
