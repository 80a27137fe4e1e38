import ArgumentParser
import BlueprintKit
import Foundation

/// The `blueprint-bench` command: the benchmark and its workspace generator, apart from
/// `blueprint` so that neither the tool nor the library carries them.
@main
struct BlueprintBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blueprint-bench",
        abstract: "Measure blueprint on generated workspaces, and write them.",
        discussion: "Exit status: 0 on success, 2 when a workspace cannot be read or written (as blueprint), 64 on a usage error.",
        version: "0.1.0",
        subcommands: [BenchCommand.self, ScalingCommand.self, Generate.self, LibyamlCommand.self],
        defaultSubcommand: BenchCommand.self)
}
