import ArgumentParser
import BlueprintKit
import Foundation

struct ResearchCodebook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codebook",
        abstract: "Export the codebook for qualitative analysis tools (REFI-QDA .qdc).",
        discussion: """
        Writes the workspace's codebooks as one REFI-QDA codebook (urn:QDA-XML:codebook:1.0), \
        which NVivo, ATLAS.ti, MAXQDA, QualCoder and Taguette import: themes become codes with \
        their tags and nested themes as child codes, with their descriptions and colours. The \
        same codebook always gives the same file (GUIDs are derived from the IDs).
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case qdc
    }

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: formatHelp(Format.self, notes: ["qdc": "REFI-QDA codebook"]))
    var format: Format = .qdc

    @Option(help: ArgumentHelp("Only this codebook (by ID). Default: every codebook of the workspace.", valueName: "id"))
    var codebook: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file; - for standard output.", valueName: "file"))
    var output: String = "-"

    func run() async throws {
        let inputs = try workspace.inputs()
        try checkOutput(output, .file, inputs)
        let result = try await workspace.load()
        try reportProblems(of: result)
        let exported = try CodebookExport.refiQDA(of: result.workspace, codebook: codebook)
        for note in exported.notes { TerminalOutput.error("note: \(note)\n") }
        try OutputFile.write(Array(exported.xml.utf8), to: output, inputs: inputs)
    }
}
