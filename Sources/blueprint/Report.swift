import ArgumentParser
import BlueprintKit
import Foundation

struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a static HTML report of the workspace that works offline.",
        discussion: """
        An overview, a page per blueprint (its diagram, pain points with their evidence, changes \
        and measures, and the comparison with the current state it improves), persona cards, \
        and the diagnostics of 'check'. The folder is replaced atomically. Exits 1 when the \
        workspace has errors (the report is still written, with the errors in it).
        """)

    @OptionGroup var workspace: WorkspaceOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the site into.", valueName: "folder"))
    var output: String

    func run() async throws {
        let inputs = try workspace.inputs()
        try checkOutput(output, .folder, inputs)
        let sound = SoundPart(try await workspace.load())
        sound.sayWhatIsLeftOut()
        try ReportSite(sound.result).write(to: URL(fileURLWithPath: output), inputs: inputs)
        try sound.finish()
    }
}
