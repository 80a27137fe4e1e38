import ArgumentParser
import BlueprintKit
import Emitters
import Foundation

/// `blueprint research …`: the researcher's commands over studies, notes, codebooks and insights.
struct Research: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarise, share, import and export research: figures, a redacted copy, highlights, a REFI-QDA codebook.",
        discussion: "The research kinds (study, participants, notes, codebook, insights, comments) are described in docs/RESEARCH.md. Research data is personal data: see docs/PRIVACY.md.",
        // One entry per research command; each is a small struct of its own.
        subcommands: [ResearchSummaryCommand.self, ResearchExport.self, ResearchImport.self, ResearchCodebook.self])
}

/// `blueprint research summary [PATH…]`.
struct ResearchSummaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Tag and theme frequency, co-occurrence, evidence strength and sampling gaps.",
        discussion: """
        Counts how often each tag and theme was used, by how many participants and in which segment; \
        lists untagged excerpts and unused tags; shows which tags occur together on an excerpt and on \
        a participant; rates each insight's evidence (excerpts, participants, segments; insights resting \
        on one participant are flagged); and compares each study's sampling plan with the participants \
        recruited, planned counts made whole by the largest-remainder rule. Shows IDs and counts, never \
        what anyone said. The figures are explained in docs/RESEARCH.md.
        """)

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: "Output format: text, json or csv (one figure per row, with a section column).")
    var format: ResearchSummaryReport.Format = .text

    @Option(help: "Only this study's documents (and those that name no study).")
    var study: String?

    func run() async throws {
        let result = try await workspace.load()
        try reportProblems(of: result)
        let output = try ResearchSummaryReport.render(result.workspace, study: study, format: format)
        if format == .text { TerminalOutput.text(output) } else { TerminalOutput.data(output) }
    }
}

extension ResearchSummaryReport.Format: ExpressibleByArgument {}

struct ResearchExport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a shareable copy of the workspace with personal data masked.",
        discussion: """
        Copies every file of the workspace into the folder given with -o, keeping the folder \
        layout: e-mail addresses, phone numbers, postcodes and National Insurance numbers are \
        masked in every value, and the words of participants who did not consent to quotation \
        are replaced by a notice. Comments are left out. The copy loads with 'blueprint check' \
        like the original. --redact is required: an unredacted export is not offered. The \
        inputs are only read; the folder is replaced as one step. See docs/PRIVACY.md.
        """)

    @OptionGroup var workspace: WorkspaceOptions

    @Flag(help: "Mask personal data and withhold excerpts without consent to quotation (required).")
    var redact = false

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the copy into (replaced if it exists).", valueName: "folder"))
    var output: String

    @Option(name: .customLong("k"), help: ArgumentHelp("Coarsen or drop participants' attributes until each shares them with at least k - 1 others (k-anonymity).", valueName: "k"))
    var k: Int?

    func validate() throws {
        guard redact else {
            throw ValidationError("research export only writes redacted copies: add --redact (an unredacted export of personal data is not offered; see docs/PRIVACY.md)")
        }
        guard output != "-" else { throw ValidationError("-o takes a folder: the copy is several files") }
        if let k, k < 2 { throw ValidationError("--k \(k): k must be 2 or more (k = 1 is what every participant already has)") }
    }

    func run() async throws {
        try checkOutput(output, .folder, try workspace.inputs())
        let result = try await workspace.load()
        try reportProblems(of: result)
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let copy = try ShareableCopy(result, currentDirectory: here, k: k)
        let folder = URL(fileURLWithPath: output, relativeTo: here)
        try copy.write(to: folder)
        var summary = "wrote \(copy.files.count) file\(copy.files.count == 1 ? "" : "s") to \(output): \(copy.maskedScalars) value\(copy.maskedScalars == 1 ? "" : "s") masked, \(copy.withheldExcerpts) excerpt\(copy.withheldExcerpts == 1 ? "" : "s") withheld"
        for study in copy.anonymity { summary += "\n" + study.summary(k: k) }
        if copy.isInsideInputs(folder) {
            summary += "\nnote: \(output) is inside the workspace's folder; keep it out of workspace.yaml's include list so 'check' does not load it twice"
        }
        TerminalOutput.error(summary + "\n")
    }
}

struct ResearchImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import research from other tools.",
        subcommands: [ImportHighlights.self])
}

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
        guard let data = FileManager.default.contents(atPath: file) else { throw WorkspaceError("\(file): no such file, or it cannot be read") }
        guard let csv = String(data: data, encoding: .utf8) else {
            throw WorkspaceError("\(file) is not UTF-8 text; save it as 'CSV UTF-8' and try again")
        }
        var options = WorkspaceOptions()
        options.paths = workspacePaths
        let inputs = OutputPolicy.Inputs(files: [file]) + (workspacePaths.isEmpty ? surroundingInputs() : try options.inputs())
        try checkOutput(output, .file, inputs)
        let workspace = try await loadWorkspace()
        let tags = workspace?.tags ?? []
        let imported = try HighlightImport(csv: csv, session: session, study: study, participant: participant,
                                           codebookTags: tags, source: URL(fileURLWithPath: file).lastPathComponent)
        try OutputFile.write(Array(imported.yaml.utf8), to: output, inputs: inputs)

        var lines = ["imported \(imported.excerptCount) excerpt\(imported.excerptCount == 1 ? "" : "s") of \(imported.participants.count) participant\(imported.participants.count == 1 ? "" : "s") (\(imported.participants.joined(separator: ", ")))"]
        if !imported.skippedRows.isEmpty {
            lines.append("note: rows without text were left out: \(imported.skippedRows.map(String.init).joined(separator: ", "))")
        }
        for renaming in imported.renamings {
            lines.append("note: \(renaming.what) '\(renaming.from)' became '\(renaming.to)'")
        }
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

    @Option(help: "Output format: qdc (REFI-QDA codebook).")
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
        var codebooks = result.workspace.codebooks
        if let codebook {
            codebooks = codebooks.filter { $0.id.value == codebook }
            guard !codebooks.isEmpty else {
                let known = result.workspace.codebooks.map(\.id.value)
                let hint = Suggestion.didYouMean(codebook, in: known).map { "; \($0)" }
                    ?? (known.isEmpty ? "; the workspace has none" : "; codebooks: \(known.joined(separator: ", "))")
                throw WorkspaceError("no codebook '\(codebook)' in the workspace\(hint)")
            }
        }
        let exported = RefiCodebook(codebooks)
        guard exported.codeCount > 0 else {
            throw WorkspaceError("no themes or tags to export: a REFI-QDA codebook needs at least one code; add a codebook (kind: codebook, see docs/DSL.md)")
        }
        for note in exported.notes { TerminalOutput.error("note: \(note)\n") }
        try OutputFile.write(Array(exported.xml.utf8), to: output, inputs: inputs)
    }
}
