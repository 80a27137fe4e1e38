import ArgumentParser
import BlueprintKit
import Foundation

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new workspace from the starter template.",
        discussion: "Writes workspace.yaml, a blueprint and two personas into the folder. Existing files are never overwritten.")

    @Argument(help: ArgumentHelp("The folder to create the workspace in.", valueName: "folder"))
    var folder: String = "."

    func run() throws {
        let url = URL(fileURLWithPath: folder)
        // A workspace inside another one would be loaded by it, and might hide its files.
        let here = FileManager.default.currentDirectoryPath
        let real = OutputPolicy.resolve(folder.hasPrefix("/") ? folder : here + "/" + folder)
        if let refusal = OutputPolicy.inputRefusal(folder, real: real, as: .folder, inputs: surroundingInputs()) {
            throw WorkspaceError.outputRefused(refusal)
        }
        try StarterTemplate.write(into: url)
        print("Created a workspace in \(folder). Next: cd \(folder) && blueprint check && blueprint render report-a-problem -o report-a-problem.svg")
    }
}
