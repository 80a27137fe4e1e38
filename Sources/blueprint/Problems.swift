import ArgumentParser
import BlueprintKit
import Foundation

/// Prints a workspace's errors to standard error and fails; mentions warnings in one line.
/// With `files`, only the findings in those files count (what `render ID` is drawn from).
func reportProblems(of result: CheckResult, in files: Set<String>? = nil) throws {
    if printProblems(of: result, in: files) { throw ExitCode.failure }
}

/// Prints the errors (or a line counting the warnings); whether there were errors.
private func printProblems(of result: CheckResult, in files: Set<String>? = nil) -> Bool {
    let errors = result.diagnostics.filter { diagnostic in diagnostic.severity == .error && (files?.contains(diagnostic.range.file) ?? true) }
    if !errors.isEmpty {
        let text = errors.report(format: .text, color: ColorChoice.auto.enabled, result: result)
        if ColorChoice.auto.enabled { TerminalOutput.painted(text, to: .standardError) } else { TerminalOutput.error(text) }
        return true
    }
    let warnings = files.map { files in result.diagnostics.filter { files.contains($0.range.file) }.count } ?? result.diagnostics.count
    if warnings > 0 {
        let holder = files == nil ? "the workspace has" : "the files this diagram is drawn from have"
        TerminalOutput.error("note: \(holder) \(counted(warnings, "warning")); run 'blueprint check' to see them\n")
    }
    return false
}

/// What a command that works on what is sound draws from (issue 18: one broken file blocks
/// nothing else). Every error of the workspace is printed first, as `check` prints it; the
/// command then uses the files that have none and name nothing in a file that does
/// (`SoundFiles`), says what it left out, and `finish` exits 1 when there were errors.
struct SoundPart {
    let result: CheckResult
    let files: SoundFiles
    /// The workspace without the documents of the files left out.
    let workspace: Workspace
    private let hasErrors: Bool

    init(_ result: CheckResult) {
        self.result = result
        hasErrors = printProblems(of: result)
        files = SoundFiles(result)
        workspace = files.sound(result.workspace)
    }

    /// Stops with exit 1 when the element `id` is in a file left out: `doing` says what could
    /// not be done ("compare"). An ID no file defines is the command's to report.
    func require(_ id: String, for doing: String) throws {
        guard let file = files.heldBackFile(defining: id), let why = files.why(file) else { return }
        TerminalOutput.error("error: cannot \(doing): '\(id)' is in \(file), which is left out: \(why); fix it and run again\n")
        throw ExitCode.failure
    }

    /// One note per file left out, for commands whose output covers the whole workspace.
    func sayWhatIsLeftOut() {
        for line in files.summary { TerminalOutput.error("note: \(line)\n") }
    }

    /// Exit 1 when the workspace had errors, after the output is written.
    func finish() throws {
        if hasErrors { throw ExitCode.failure }
    }
}
