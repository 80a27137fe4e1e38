import BlueprintDiagnostics
import BlueprintModel

/// Which files a command may draw from when the workspace has errors (issue 18: one broken file
/// must not block the rest). A file with an error is *broken*; a file that names an ID defined
/// in a held-back file, or an ID no readable file defines, *depends* on it and is held back too,
/// so no output is drawn from half a model. `render --all`, `compare`, `trace`, `render trace`,
/// `report` and `export backlog` use the rest, print every error, say what they left out and
/// why, and exit 1.
public struct SoundFiles: Sendable {
    /// Why a file is held back.
    public enum Reason: Sendable, Hashable {
        /// It has `count` errors, the first at `first`.
        case errors(count: Int, first: SourceRange)
        /// It names `id` (first at `at`), which is defined in `file`, itself held back; or, with
        /// no `file`, which no file that could be read defines.
        case names(id: String, at: SourceRange, definedIn: String?)
    }

    /// Every held-back file and why; a file not here is sound.
    public let heldBack: [String: Reason]
    /// The workspace's symbols, built only when something is held back.
    private let symbols: SymbolTable?

    public init(_ result: CheckResult) {
        var held: [String: Reason] = [:]
        for diagnostic in result.diagnostics where diagnostic.severity == .error {
            let file = diagnostic.range.file
            if case .errors(let count, let first)? = held[file] {
                held[file] = .errors(count: count + 1, first: first)
            } else {
                held[file] = .errors(count: 1, first: diagnostic.range)
            }
        }
        guard !held.isEmpty else {
            heldBack = [:]
            symbols = nil
            return
        }
        // Which files each file's references reach; then what depends on a held file, until
        // nothing changes (a story → a pain point → a persona: each step holds back one more).
        let symbols = result.workspace.symbols
        var dependents: [String: [(file: String, id: String, at: SourceRange)]] = [:]
        var dangling: [(file: String, id: String, at: SourceRange)] = []
        for reference in symbols.references {
            let from = reference.target.range.file
            // `blueprint/id` (a future state's reuse, or a flow arrow) is the element of that blueprint;
            // an element dropped for its own error lives in its (broken) file.
            let named = reference.withinBlueprint.map { "\($0)/\(reference.target.value)" } ?? reference.target.value
            if let to = (symbols.definition(of: named) ?? symbols.definition(of: reference.target.value))?.id.range.file
                ?? symbols.droppedID(reference.target.value)?.range.file {
                if to != from { dependents[to, default: []].append((from, reference.target.value, reference.target.range)) }
            } else {
                dangling.append((from, reference.target.value, reference.target.range))
            }
        }
        var queue = Array(held.keys.sorted())
        for reference in dangling where held[reference.file] == nil {
            held[reference.file] = .names(id: reference.id, at: reference.at, definedIn: nil)
            queue.append(reference.file)
        }
        while let file = queue.popLast() {
            for dependent in dependents[file] ?? [] where held[dependent.file] == nil {
                held[dependent.file] = .names(id: dependent.id, at: dependent.at, definedIn: file)
                queue.append(dependent.file)
            }
        }
        heldBack = held
        self.symbols = symbols
    }

    /// The held-back file that defines `id` (also one dropped there for its own error); nil when
    /// `id` is in a sound file or defined nowhere.
    public func heldBackFile(defining id: String) -> String? {
        guard let symbols, let file = (symbols.definition(of: id)?.id ?? symbols.droppedID(id))?.range.file else { return nil }
        return isSound(file) ? nil : file
    }

    /// Whether a command may draw from `file`.
    public func isSound(_ file: String) -> Bool { heldBack[file] == nil }

    /// `workspace` without the documents of held-back files.
    public func sound(_ workspace: Workspace) -> Workspace {
        heldBack.isEmpty ? workspace : workspace.keeping(files: isSound)
    }

    /// Why `file` is held back, as the end of a sentence: "it has 2 errors (the first on line
    /// 3)", "on line 4 it names 'x', defined in c.yaml, which is left out too".
    public func why(_ file: String) -> String? {
        switch heldBack[file] {
        case nil: nil
        case .errors(let count, let first)?:
            count == 1 ? "it has an error (line \(first.start.line))"
                : "it has \(count) errors (the first on line \(first.start.line))"
        case .names(let id, let at, let file?)?:
            "on line \(at.start.line) it names '\(id)', defined in \(file), which is left out too"
        case .names(let id, let at, nil)?:
            "on line \(at.start.line) it names '\(id)', which no file that could be read defines"
        }
    }

    /// The held-back files in order, each with why: what a command prints before its output.
    public var summary: [String] {
        heldBack.keys.sorted().map { "left out \($0): \(why($0)!)" }
    }
}
