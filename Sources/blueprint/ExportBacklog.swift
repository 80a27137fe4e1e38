import ArgumentParser
import BlueprintKit
import Foundation

struct ExportBacklog: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backlog",
        abstract: "Export epics, stories and acceptance criteria for Jira, GitHub, Cucumber or a document.",
        discussion: """
        jira-csv: one CSV file for Jira's CSV importer (epics, then stories linked to them). \
        github: a folder with a Markdown issue body per story and issues.json for 'gh issue \
        create'. gherkin: a folder with a .feature file per epic, a scenario per acceptance \
        criterion. markdown: the backlog by epic, in priority order. json: the backlog as data. \
        Files are written atomically; a folder is replaced as a whole, and only when it holds \
        nothing but an earlier export's files. docs/BACKLOG.md shows each format and how to \
        import it.
        """)

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: formatHelp(BacklogFormat.self))
    var format: BacklogFormat

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "The file to write (- for standard output), or the folder for github and gherkin.", valueName: "path"))
    var output: String

    func validate() throws {
        if format.isFolder && output == "-" {
            throw ValidationError("'--format \(format.rawValue)' writes a folder of files; name a folder with -o instead of '-'")
        }
    }

    func run() async throws {
        let inputs = try workspace.inputs()
        try checkOutput(output, format.isFolder ? .folder : .file, inputs, replaceable: BacklogExporter.replaceable(format))
        let sound = SoundPart(try await workspace.load())
        sound.sayWhatIsLeftOut()
        try BacklogExporter.write(sound.workspace, format: format, to: output, inputs: inputs)
        if format == .gherkin {
            let skipped = BacklogExporter.epicsWithoutFeatures(sound.workspace)
            if !skipped.isEmpty {
                TerminalOutput.error("note: no .feature file for \(skipped.joined(separator: ", ")): "
                    + "no story there has acceptance criteria yet; 'blueprint coverage' lists them\n")
            }
        }
        try sound.finish()
    }
}
