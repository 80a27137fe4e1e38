import Analysis
import Diagnostics
import Model
import Rules
import Syntax

/// The result of loading and checking a workspace.
public struct CheckResult: Sendable {
    public var workspace: Workspace
    /// Every finding, sorted by file and position.
    public var diagnostics: [Diagnostic]
    public var sources: [SourceFile]

    /// Source text by path, for reporters that show the line under a caret. The words of
    /// excerpts that may not be quoted are blanked out (`Redaction`): `check` output is shared
    /// in pull requests and CI logs like any other.
    public var sourceTexts: [String: String] {
        let withheld = Dictionary(grouping: Redaction(workspace).withheld.keys, by: \.file)
        // A file that is not UTF-8 text has no lines worth showing under a caret.
        return Dictionary(sources.compactMap { file in
            String(validating: file.bytes, as: UTF8.self).map { text in
                (file.path, withheld[file.path].map { Redaction.blankingOut($0, in: text, file: file.path) } ?? text)
            }
        }, uniquingKeysWith: { first, _ in first })
    }
}

/// Loads workspace files like a compiler: parse, decode, then run every rule, collecting
/// every finding in one pass.
public enum Checker {
    /// What one file yields: a pure function of its bytes.
    typealias LoadedFile = (elements: [Element], diagnostics: [Diagnostic])

    /// Checks in-memory sources one file after another.
    public static func check(_ sources: [SourceFile], limits: ParseLimits = .standard) -> CheckResult {
        let (workspace, diagnostics) = assemble(sources.map { load($0, limits: limits) })
        return CheckResult(workspace: workspace, diagnostics: (diagnostics + RuleCatalog.check(workspace)).sorted(), sources: sources)
    }

    /// Checks in-memory sources, parsing and decoding files in parallel (the CLI's way). The
    /// result is identical to `check`: files are put back in their order before the rules run.
    public static func checkConcurrently(_ sources: [SourceFile], limits: ParseLimits = .standard) async -> CheckResult {
        let loaded = await withTaskGroup(of: (Int, LoadedFile).self) { group in
            for (index, file) in sources.enumerated() {
                group.addTask { (index, load(file, limits: limits)) }
            }
            var loaded = [LoadedFile](repeating: ([], []), count: sources.count)
            for await (index, file) in group { loaded[index] = file }
            return loaded
        }
        let (workspace, diagnostics) = assemble(loaded)
        return CheckResult(workspace: workspace, diagnostics: (diagnostics + (await RuleCatalog.checkConcurrently(workspace))).sorted(),
                           sources: sources)
    }

    /// The workspace of the loaded files, in file order, and their findings.
    private static func assemble(_ loaded: [LoadedFile]) -> (Workspace, [Diagnostic]) {
        var workspace = Workspace()
        var diagnostics: [Diagnostic] = []
        for file in loaded {
            file.elements.forEach { workspace.add($0) }
            diagnostics += file.diagnostics
        }
        return (workspace, diagnostics)
    }

    /// Parses and decodes one file.
    static func load(_ file: SourceFile, limits: ParseLimits) -> LoadedFile {
        let parsed = YAMLParser.parse(file.bytes, file: file.path, limits: limits)
        var diagnostics = parsed.diagnostics
        var elements: [Element] = []
        for document in parsed.documents {
            let decoded = DocumentDecoder.decode(document)
            diagnostics += decoded.diagnostics
            if let element = decoded.element { elements.append(element) }
        }
        return (elements, diagnostics)
    }
}
