import ArgumentParser
import BlueprintKit
import Foundation

struct ImportStories: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a text file of stories (one a line) or a CSV export into a 'kind: stories' document.",
        discussion: """
        A text file holds one story per line ("As a <role> I need … so that …"); blank lines are \
        skipped. A CSV file (by its .csv name or a header naming a Summary or Description column, \
        as Jira and spreadsheets export) gives one story per row: its Summary, or else the first \
        line of its Description that reads as a story. Stories keep the file's order and get IDs \
        made from their first words; roles found after "As a" are declared under 'roles:'. Lines \
        that are not stories are reported on standard error with their line numbers and left out. \
        Exits 0 when at least one story was imported, 1 when none was.
        """)

    @Argument(help: ArgumentHelp("The text or CSV file to import.", valueName: "file"))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the YAML; - for standard output.", valueName: "file"))
    var output: String = "-"

    @Option(name: .customLong("id"), help: ArgumentHelp("The document's ID. Default: made from the file's name.", valueName: "doc-id"))
    var documentID: String?

    func validate() throws {
        if let documentID, !IDSyntax.isValid(documentID) {
            throw ValidationError("'\(documentID)' is not a valid ID; use letters, digits, '-', '_' and '.', e.g. '\(IDSyntax.suggestion(for: documentID))'")
        }
    }

    func run() throws {
        let inputs = OutputPolicy.Inputs(files: [file]) + surroundingInputs()
        try checkOutput(output, .file, inputs)
        let input = try ImportInput.file(file)
        let imported: StoryImport
        do {
            imported = try StoryImporter.read(input, options: .init(documentID: documentID))
        } catch {
            TerminalOutput.error("\(file):\(error.line.map { "\($0):" } ?? "") error: \(error.message)\n")
            throw ExitCode.failure
        }
        TerminalOutput.error((imported.findings.map { $0.shown(in: file) } + [imported.summary]).map { $0 + "\n" }.joined())
        let stories = imported.importedCount
        guard stories > 0 else {
            TerminalOutput.error("error: \(file) has no user stories ('As a <role> I need … so that …'); nothing was written\n")
            throw ExitCode.failure
        }
        try OutputFile.write(Array(imported.yaml.utf8), to: output, inputs: inputs)
    }
}
