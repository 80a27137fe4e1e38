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

    /// Source text by path, for reporters that show the line under a caret.
    public var sourceTexts: [String: String] {
        // A file that is not UTF-8 text has no lines worth showing under a caret.
        Dictionary(sources.compactMap { file in String(validating: file.bytes, as: UTF8.self).map { (file.path, $0) } },
                   uniquingKeysWith: { first, _ in first })
    }
}

/// Loads workspace files like a compiler: parse, decode, then run every rule, collecting
/// every finding in one pass.
public enum Checker {
    /// Checks in-memory sources (the CLI reads them with `WorkspaceFiles`).
    public static func check(_ sources: [SourceFile], limits: ParseLimits = .standard) -> CheckResult {
        var workspace = Workspace()
        var diagnostics: [Diagnostic] = []
        for file in sources {
            let loaded = load(file, limits: limits)
            loaded.elements.forEach { workspace.add($0) }
            diagnostics += loaded.diagnostics
        }
        diagnostics += RuleCatalog.check(workspace)
        return CheckResult(workspace: workspace, diagnostics: diagnostics.sorted(), sources: sources)
    }

    /// Parses and decodes one file: a pure function of its bytes.
    static func load(_ file: SourceFile, limits: ParseLimits) -> (elements: [Element], diagnostics: [Diagnostic]) {
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
