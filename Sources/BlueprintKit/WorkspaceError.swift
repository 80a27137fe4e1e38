import BlueprintAnalysis
import Foundation

/// Why a command could not do what it was asked: a failure outside the workspace's content
/// (its mistakes are findings, not errors). Each case carries what a caller needs to act on it
/// (which element was asked for, which path could not be written), so no caller reads the
/// message; `description` is the one sentence the user reads, with the fix. The CLI exits 2.
public enum WorkspaceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No `workspace.yaml` in `folder` or its parents, and no paths named.
    case noWorkspace(searchedFrom: String)
    /// The current folder was deleted or moved while a shell was in it.
    case currentFolderGone
    /// A file or folder to load is missing, of the wrong type, too large or unreadable.
    case cannotLoad(path: String, reason: String)
    /// An ID given on the command line names no element of `kind`; `hint` (from "; ") is the
    /// closest ID or the list of those there are.
    case unknownElement(kind: String, id: String, hint: String)
    /// `trace` or `render trace` cannot follow an ID; `advice` says how to mean something else.
    case cannotTrace(TraceError, advice: String?)
    /// A blueprint above the layout limit: `explanation` names its size, the limit and the ways out.
    case tooLargeToLayOut(blueprint: String, explanation: String)
    /// Graphviz failed on a diagram.
    case graphvizFailed(drawing: String, message: String)
    /// The output policy refused the output: nothing was written.
    case outputRefused(String)
    /// Writing an output failed; what was there before is kept.
    case cannotWrite(path: String, reason: String)
    /// Swapping a finished output folder in failed; what was there before is kept.
    case cannotReplace(path: String, reason: String)
    /// A program the command runs could not be started, or failed.
    case programFailed(String)
    /// An input the command cannot use as it is: a file to import, a workspace with errors the
    /// command needs fixed first, a codebook with nothing in it.
    case unusableInput(String)

    public var description: String {
        switch self {
        case .noWorkspace(let folder):
            let manifest = WorkspaceFiles.manifestName
            return "no \(manifest) found in \(folder) or its parents; name the files or folders to load, or create a \(manifest) (see docs/DSL.md)"
        case .currentFolderGone:
            return "the current folder no longer exists (it was deleted or moved while in use); cd into the workspace again, or name its folder"
        case .cannotLoad(let path, let reason): return "\(path): \(reason)"
        case .unknownElement(let kind, let id, let hint): return "no \(kind) '\(id)' in the workspace\(hint)"
        case .cannotTrace(let error, let advice): return error.description + (advice.map { "; \($0)" } ?? "")
        case .tooLargeToLayOut(_, let explanation): return explanation
        case .graphvizFailed(let drawing, let message): return "Graphviz could not draw \(drawing): \(message)"
        case .outputRefused(let message), .programFailed(let message), .unusableInput(let message): return message
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        case .cannotReplace(let path, let reason): return "cannot replace \(path): \(reason)"
        }
    }
}

extension WorkspaceError {
    /// Does a command's work; a `WorkspaceError` ends the process the way every tool of this
    /// package ends on one: its sentence after "error:" on standard error, control characters
    /// shown (`TerminalText.safe`), and exit status 2. Any other error is the caller's (the
    /// executables leave theirs to ArgumentParser).
    public static func endingProcess<T>(isolation: isolated (any Actor)? = #isolation, _ body: () async throws -> T) async rethrows -> T {
        do { return try await body() } catch let error as WorkspaceError { error.end() }
    }

    /// `endingProcess` for work that does not wait.
    public static func endingProcess<T>(_ body: () throws -> T) rethrows -> T {
        do { return try body() } catch let error as WorkspaceError { error.end() }
    }

    private func end() -> Never {
        FileHandle.standardError.write(Data(TerminalText.safe("error: \(description)\n").utf8))
        exit(2)
    }
}
