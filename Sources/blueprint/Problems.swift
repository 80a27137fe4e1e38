import ArgumentParser
import BlueprintKit
import Foundation

/// Prints a workspace's errors to standard error and fails; mentions warnings in one line.
/// With `files`, only the findings in those files count (what `render ID` is drawn from).
func reportProblems(of result: CheckResult, in files: Set<String>? = nil) throws {
    let errors = result.diagnostics.filter { diagnostic in diagnostic.severity == .error && (files?.contains(diagnostic.range.file) ?? true) }
    if !errors.isEmpty {
        let text = errors.report(format: .text, color: ColorChoice.auto.enabled, result: result)
        if ColorChoice.auto.enabled { TerminalOutput.painted(text, to: .standardError) } else { TerminalOutput.error(text) }
        throw ExitCode.failure
    }
    let warnings = files.map { files in result.diagnostics.filter { files.contains($0.range.file) }.count } ?? result.diagnostics.count
    if warnings > 0 {
        let holder = files == nil ? "the workspace has" : "the files this diagram is drawn from have"
        TerminalOutput.error("note: \(holder) \(warnings) warning\(warnings == 1 ? "" : "s"); run 'blueprint check' to see them\n")
    }
}
