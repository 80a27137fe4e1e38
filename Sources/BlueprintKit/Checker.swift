import BlueprintAnalysis
import BlueprintDiagnostics
import BlueprintModel
import BlueprintRules
import BlueprintSyntax

/// The result of loading and checking a workspace.
public struct CheckResult: Sendable {
    public var workspace: Workspace
    /// Every finding, sorted by file and position.
    public var diagnostics: [Diagnostic]
    public var sources: [SourceFile]

    /// Source text by path, for reporters that show the line under a caret. The words of
    /// excerpts that may not be quoted, and every piece of personal data BP034 found, are blanked
    /// out column for column (`Redaction`): `check` output is shared in pull requests and CI logs
    /// like any other, so a finding points at an e-mail address without printing it.
    public var sourceTexts: [String: String] {
        let personalData = diagnostics.lazy.filter { $0.ruleID == PersonalDataRule.description.id }.map(\.range)
        let withheld = Dictionary(grouping: Array(Redaction(workspace).withheld.keys) + personalData, by: \.file)
        // Only files with a finding have lines shown: the others need no second scan.
        let shown = Set(diagnostics.map(\.range.file))
        // A file that is not UTF-8 text has no lines worth showing under a caret.
        return Dictionary(sources.compactMap { file in
            String(validating: file.bytes, as: UTF8.self).map { text in
                let blanked = withheld[file.path].map { Redaction.blankingOut($0, in: text, file: file.path) } ?? text
                return (file.path, shown.contains(file.path) ? Redaction.blankingPersonalData(in: blanked) : blanked)
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
        return CheckResult(workspace: workspace, diagnostics: StarterLeftovers.folded(combined(diagnostics, RuleCatalog.check(workspace), sources: sources), sources: sources),
                           sources: sources)
    }

    /// Checks what `WorkspaceFiles.load` read, in parallel: what every command and the preview
    /// check. What could not be loaded (BP007, BP008) is reported with the findings, by path.
    public static func checkConcurrently(_ loaded: WorkspaceFiles.Loaded) async -> CheckResult {
        adding(loaded.diagnostics, to: await checkConcurrently(loaded.sources))
    }

    /// `result` with what could not be loaded among its findings, in order.
    static func adding(_ loading: [Diagnostic], to result: CheckResult) -> CheckResult {
        guard !loading.isEmpty else { return result }
        var result = result
        result.diagnostics = (result.diagnostics + loading).sorted()
        return result
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
        return await linkedAndChecked(loaded, sources: sources)
    }

    /// The result of files already parsed and decoded (`loaded[i]` from `sources[i]`): assembled in
    /// file order, linked and every rule run. `checkConcurrently` and `WorkspaceSession` share it.
    static func linkedAndChecked(_ loaded: [LoadedFile], sources: [SourceFile]) async -> CheckResult {
        let (workspace, diagnostics) = assemble(loaded)
        let findings = combined(diagnostics, await RuleCatalog.checkConcurrently(workspace), sources: sources)
        return CheckResult(workspace: workspace, diagnostics: StarterLeftovers.folded(findings, sources: sources), sources: sources)
    }

    /// The findings of loading and of the rules, sorted. A file the parser could not read hides
    /// the IDs it defines, so every reference to one would be reported as unknown and bury the
    /// one real mistake (a missing bracket gave 50 errors). So while a file cannot be read, an
    /// unknown reference whose ID the file's text spells after an `id:` key is folded into one
    /// note at the file's error, as compilers do with cascades; other unknown references (typos)
    /// are still reported.
    static func combined(_ loading: [Diagnostic], _ rules: [Diagnostic], sources: [SourceFile]) -> [Diagnostic] {
        let unreadable: Set<String> = [SyntaxRuleID.syntaxError, SyntaxRuleID.encoding, SyntaxRuleID.fileTooLarge,
                                       SyntaxRuleID.nestingDepth, SyntaxRuleID.aliasExpansion]
        var blocked: [String: Diagnostic] = [:]
        for diagnostic in loading.sorted() where diagnostic.severity == .error && unreadable.contains(diagnostic.ruleID) {
            if blocked[diagnostic.range.file] == nil { blocked[diagnostic.range.file] = diagnostic }
        }
        guard !blocked.isEmpty else { return (loading + rules).sorted().map(\.masked) }
        let written = sources.filter { blocked[$0.path] != nil }.map { ($0.path, SpelledIDs.scan($0.bytes)) }
        var folded: [String: Int] = [:]
        let kept = rules.filter { diagnostic in
            guard let target = UnknownReferenceRule.undefinedTarget(diagnostic) ?? UnknownActorRule.undefinedTarget(diagnostic),
                  let file = written.first(where: { $0.1.contains(target) })?.0 else { return true }
            folded[file, default: 0] += 1
            return false
        }
        let notes = folded.map { file, count in
            Diagnostic(ruleID: UnknownReferenceRule.description.id, severity: .note,
                       message: "\(counted(count, "reference")) to IDs this file defines \(count == 1 ? "was" : "were") not checked: the file could not be read",
                       at: blocked[file]!.range, help: "fix the error here, then check again")
        }
        return (loading + kept + notes).sorted().map(\.masked)
    }

    /// The workspace of the loaded files, in file order, and their findings.
    static func assemble(_ loaded: [LoadedFile]) -> (Workspace, [Diagnostic]) {
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
            if !decoded.dropped.isEmpty { elements.append(.dropped(decoded.dropped)) }
        }
        return (elements, diagnostics)
    }
}

extension Diagnostic {
    /// The finding with personal data masked in its words: a value the decoder rejects is quoted
    /// ("'2022-02-24 B30 0AE' is not a valid date"), and `check` output travels to CI logs.
    var masked: Diagnostic {
        var copy = self
        copy.message = Redaction.displayText(message)
        copy.help = help.map(Redaction.displayText)
        copy.notes = notes.map { Note(Redaction.displayText($0.message), at: $0.range) }
        return copy
    }
}
