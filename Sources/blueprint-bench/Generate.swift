import ArgumentParser
import BlueprintBenchmark
import BlueprintKit
import Foundation

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a generated workspace of a given size, for benchmarks and soak tests.",
        discussion: "Blueprints of 10 stages with flows, emotions, pain points, changes and measures; personas; user stories with acceptance criteria; and research (a study with a sampling plan, participants, tagged excerpts, a codebook, insights and recommendations), all linked. The same seed and size always give the same files.")

    @Option(help: "About how many megabytes of YAML to write.")
    var megabytes: Double = 1

    @Option(help: "The random seed.")
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created if needed).", valueName: "folder"))
    var output: String

    func validate() throws {
        guard megabytes > 0, megabytes <= 2_000 else { throw ValidationError("--megabytes must be between 0 and 2000") }
    }

    func run() throws {
        try WorkspaceError.endingProcess {
            // Never over the workspace around the current folder, and refused before any work.
            let inputs = OutputPolicy.Inputs.workspace(around: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            try OutputPolicy.check(output, as: .folder, inputs: inputs)
            try Bench.generate(megabytes: megabytes, seed: seed, into: URL(fileURLWithPath: output), inputs: inputs)
        }
    }
}
