import ArgumentParser
import BlueprintBenchmark
import BlueprintKit
import Foundation

struct ScalingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scaling",
        abstract: "Time every workspace command as a whole process at several sizes: seconds per MB.",
        discussion: """
        Generates a workspace per size, then runs each command (check, report, render --all, \
        render of one blueprint, coverage, trace, export backlog, research summary, stories check, \
        compare) as a 'blueprint' process, every command at every size once per round, and prints \
        the median wall time (min–max), seconds per MB, and how much the time per MB grows from the \
        smallest size to the largest (×1 is linear). Build with -c release; see docs/PERFORMANCE.md.
        """)

    @Option(help: "Workspace sizes in megabytes, comma-separated.")
    var sizes: String = "1,2,4,8"

    @Option(help: "Rounds: each command runs this many times at each size.")
    var runs: Int = 3

    @Option(help: "Only these commands, comma-separated (names as the table prints them).")
    var commands: String?

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    var parsedSizes: [Double] { sizes.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) } }

    var chosen: [Bench.ScaledCommand] {
        guard let commands else { return Bench.scaledCommands }
        let names = commands.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return Bench.scaledCommands.filter { names.contains($0.name) }
    }

    func validate() throws {
        guard !parsedSizes.isEmpty, parsedSizes.allSatisfy({ $0 > 0 && $0 <= 2_000 }) else {
            throw ValidationError("--sizes takes megabytes between 0 and 2000, e.g. 1,2,4,8")
        }
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        guard !chosen.isEmpty else {
            throw ValidationError("--commands names none of: \(Bench.scaledCommands.map(\.name).joined(separator: ", "))")
        }
    }

    func run() throws {
        try WorkspaceError.endingProcess {
            let executable = try Bench.blueprintExecutable(beside: URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath())
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("blueprint-bench-\(getpid())")
            defer { try? FileManager.default.removeItem(at: scratch) }
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            let rows = try Bench.scaling(sizes: parsedSizes, commands: chosen, runs: runs, executable: executable, scratch: scratch) { note in
                if !json { FileHandle.standardError.write(Data("\(note)\n".utf8)) }
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try encoder.encode(rows), as: UTF8.self))
            } else {
                print(Bench.scalingTable(rows, runs: runs))
            }
        }
    }
}
