import ArgumentParser
import BlueprintKit
import Foundation

struct ImportHighlights: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "highlights",
        abstract: "Turn highlights exported as CSV into a notes document.",
        discussion: """
        Reads a CSV of coded highlights, as Taguette (id, document, tag, content), QualCoder, \
        NVivo or a spreadsheet export them. Columns are found by name, in any case: the text \
        (text, highlight, quote, content, coded text), the tags (tags, tag, codes, code; several \
        separated by ',' or ';') and the participant (participant, speaker, case, document). \
        Rows that repeat a highlight with another tag become one excerpt; excerpts are numbered \
        SESSION-1, SESSION-2 … in file order. Tags are matched to the workspace's codebook by ID \
        or name; others become valid tag IDs and are listed on standard error, for you to add to \
        the codebook ('blueprint check' reports them too).
        """)

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file.csv"))
    var file: String

    @Option(help: ArgumentHelp("The session (notes document) ID.", valueName: "id"))
    var session: String

    @Option(help: ArgumentHelp("The study ID.", valueName: "id"))
    var study: String

    @Option(help: ArgumentHelp("The participant of rows that name none (or of a CSV without a participant column).", valueName: "id"))
    var participant: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file; - for standard output.", valueName: "file"))
    var output: String = "-"

    @Option(name: .customLong("workspace"), parsing: .upToNextOption,
            help: ArgumentHelp("Files or folders of the workspace whose codebook the tags are matched against. Default: the workspace around the current directory, if any.", valueName: "path"))
    var workspacePaths: [String] = []

    func validate() throws {
        if output != "-", URL(fileURLWithPath: output).standardizedFileURL == URL(fileURLWithPath: file).standardizedFileURL {
            throw ValidationError("-o names the CSV file itself; write the notes document to a .yaml file")
        }
        for (value, what) in [(session, "--session"), (study, "--study")] + (participant.map { [($0, "--participant")] } ?? []) {
            guard IDSyntax.isValid(value) else {
                throw ValidationError("\(what) '\(value)' is not a valid ID; use letters, digits, '-', '_' and '.', e.g. '\(IDSyntax.suggestion(for: value))'")
            }
        }
    }

    func run() async throws {
        let input = try ImportInput.file(file)
        // Before the workspace is loaded: a file that is not text fails at once.
        do { _ = try HighlightImporter.text(of: input) } catch { throw WorkspaceError.unusableInput(error.message) }
        var options = WorkspaceOptions()
        options.paths = workspacePaths
        let inputs = OutputPolicy.Inputs(files: [file]) + (workspacePaths.isEmpty ? surroundingInputs() : try options.inputs())
        try checkOutput(output, .file, inputs)
        let workspace = try await loadWorkspace()
        let imported: HighlightImport
        do {
            imported = try HighlightImporter.read(input, options: .init(session: session, study: study, participant: participant,
                                                                        codebookTags: workspace?.tags ?? []))
        } catch {
            throw WorkspaceError.unusableInput(error.message)
        }
        try OutputFile.write(Array(imported.yaml.utf8), to: output, inputs: inputs)

        var lines = [imported.summary] + imported.findings.map { $0.shown(in: file) }
        if let workspace {
            let known = Set(workspace.tags.map(\.id.value))
            let unknown = imported.tags.filter { !known.contains($0) }
            if !unknown.isEmpty {
                lines.append("warning: tags not in the workspace's codebook: \(unknown.joined(separator: ", ")); add them to a codebook (kind: codebook), or 'blueprint check' will report them")
            }
            let participants = Set(workspace.participants.map(\.id.value))
            let unlisted = imported.participants.filter { !participants.contains($0) }
            if !unlisted.isEmpty {
                lines.append("warning: participants not in a participants list: \(unlisted.joined(separator: ", ")); add them with their consent (kind: participants)")
            }
        } else if !imported.tags.isEmpty {
            lines.append("note: no workspace found to match tags against; tags used: \(imported.tags.joined(separator: ", ")); 'blueprint check' reports any that no codebook defines")
        }
        TerminalOutput.error(lines.map { $0 + "\n" }.joined())
    }

    /// The workspace named with --workspace, or the one around the current directory; nil when
    /// there is none (the import works without one).
    private func loadWorkspace() async throws(WorkspaceError) -> Workspace? {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        guard !workspacePaths.isEmpty || WorkspaceFiles.findManifest(from: here) != nil else { return nil }
        var options = WorkspaceOptions()
        options.paths = workspacePaths
        return try await options.load().workspace
    }
}
