import ArgumentParser
import BlueprintKit
import Foundation

/// Prints a workspace's errors to standard error and fails; mentions warnings in one line.
func reportProblems(of result: CheckResult) throws {
    let errors = result.diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty {
        let text = errors.report(format: .text, color: ColorChoice.auto.enabled, result: result)
        if ColorChoice.auto.enabled { TerminalOutput.painted(text, to: .standardError) } else { TerminalOutput.error(text) }
        throw ExitCode.failure
    }
    let warnings = result.diagnostics.count
    if warnings > 0 {
        TerminalOutput.error("note: the workspace has \(warnings) warning\(warnings == 1 ? "" : "s"); run 'blueprint check' to see them\n")
    }
}
