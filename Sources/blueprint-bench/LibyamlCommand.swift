import ArgumentParser
import BlueprintBenchmark
import BlueprintKit
import Foundation

/// The whole-process baseline `bench` times `blueprint check` against: the same start, the same
/// file reading, and then only libyaml's raw event loop in C, so the ratio shows what the
/// pipeline costs over parsing alone.
struct LibyamlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "libyaml",
        abstract: "Read a workspace's files and run libyaml's raw event loop over them (bench's baseline).")

    @Argument(help: "The workspace folder or files, as 'blueprint check' takes them.")
    var paths: [String]

    func run() throws {
        try WorkspaceError.endingProcess {
            let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let sources = try WorkspaceFiles.read(try WorkspaceFiles.collect(paths, currentDirectory: here), currentDirectory: here)
            print("\(Bench.countEvents(sources)) events in \(sources.count) files")
        }
    }
}
