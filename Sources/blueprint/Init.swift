import ArgumentParser
import BlueprintKit
import Foundation

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new workspace from the starter template, or an empty one.",
        discussion: """
            Writes the starter's 9 files into the folder: workspace.yaml; in blueprints/, a blueprint, its user \
            stories and two personas; in research/, a study with its participants, two sessions' notes, a \
            codebook and insights, linked to each other as a worked example. With --empty, writes only \
            workspace.yaml and the empty folders blueprints/, blueprints/personas/ and research/. The folder must \
            be new or empty; nothing is ever overwritten.
            """)

    @Argument(help: ArgumentHelp("The folder to create the workspace in.", valueName: "folder"))
    var folder: String = "."

    @Flag(help: "Write only workspace.yaml and the empty folders, without the starter's examples.")
    var empty = false

    func run() throws {
        let url = URL(fileURLWithPath: folder)
        // A workspace inside another one would be loaded by it, and might hide its files.
        let here = FileManager.default.currentDirectoryPath
        let real = OutputPolicy.resolve(folder.hasPrefix("/") ? folder : here + "/" + folder)
        if let refusal = OutputPolicy.inputRefusal(folder, real: real, as: .folder, inputs: surroundingInputs()) {
            throw WorkspaceError.outputRefused(refusal)
        }
        try StarterTemplate.write(into: url, empty: empty)
        if empty {
            print("Created an empty workspace in \(folder). Next: write a blueprint in \(folder)/blueprints/ (docs/DSL.md), then cd \(folder) && blueprint check")
        } else {
            print("Created a workspace in \(folder). Next: cd \(folder) && blueprint check && blueprint render report-a-problem -o report-a-problem.svg")
        }
    }
}
