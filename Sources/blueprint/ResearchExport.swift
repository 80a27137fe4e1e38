import ArgumentParser
import BlueprintKit
import Foundation

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
        var summary = "wrote \(counted(copy.files.count, "file")) to \(output): \(counted(copy.maskedScalars, "value")) masked, \(counted(copy.withheldExcerpts, "excerpt")) withheld"
        for study in copy.anonymity { summary += "\n" + study.summary(k: k) }
        if copy.isInsideInputs(folder) {
            summary += "\nnote: \(output) is inside the workspace's folder; keep it out of workspace.yaml's include list so 'check' does not load it twice"
        }
        TerminalOutput.error(summary + "\n")
    }
}
