import BlueprintDiagnostics
import BlueprintRules
import BlueprintSyntax

/// A designer who deletes one of the starter's files (its blueprint, say) should not get four
/// errors in starter files they never wrote. While a starter file is untouched (byte for byte
/// what `blueprint init` wrote) and refers to what a deleted starter file defined, those findings
/// are folded into one, which names the files to remove next (issue 18).
enum StarterLeftovers {
    /// `diagnostics` (sorted) with the findings in untouched starter files about IDs that a
    /// deleted starter file defined folded into one finding, at the first of them.
    static func folded(_ diagnostics: [Diagnostic], sources: [SourceFile]) -> [Diagnostic] {
        let starter = StarterTemplate.files.filter { $0.path != WorkspaceFiles.manifestName }
        // The untouched starter files, and the workspace root each says the starter was written in.
        var untouched: [String: String] = [:]
        for source in sources {
            guard let file = starter.first(where: { source.path == $0.path || source.path.hasSuffix("/" + $0.path) }),
                  source.bytes.elementsEqual(file.text.utf8) else { continue }
            untouched[source.path] = String(source.path.dropLast(file.path.count))
        }
        guard !untouched.isEmpty else { return diagnostics }
        let present = Set(sources.map(\.path))
        var deletedIDs: [String: String] = [:]
        for root in Set(untouched.values) {
            for file in starter where !present.contains(root + file.path) {
                for id in SpelledIDs.scan(Array(file.text.utf8)) { deletedIDs[root + "\u{0}" + id] = root + file.path }
            }
        }
        guard !deletedIDs.isEmpty else { return diagnostics }
        var folded: [Diagnostic] = []
        var deleted: Set<String> = []
        let kept = diagnostics.filter { diagnostic in
            guard let root = untouched[diagnostic.range.file],
                  let target = UnknownReferenceRule.undefinedTarget(diagnostic) ?? UnknownActorRule.undefinedTarget(diagnostic),
                  let file = deletedIDs[root + "\u{0}" + target] else { return true }
            folded.append(diagnostic)
            deleted.insert(file)
            return false
        }
        guard let first = folded.first else { return diagnostics }
        // One note per other file, at its first reference; the finding itself is at the first.
        var files = [first.range.file]
        var notes: [Diagnostic.Note] = []
        for diagnostic in folded where !files.contains(diagnostic.range.file) {
            files.append(diagnostic.range.file)
            let target = UnknownReferenceRule.undefinedTarget(diagnostic) ?? UnknownActorRule.undefinedTarget(diagnostic) ?? ""
            notes.append(.init("\(diagnostic.range.file) refers to '\(target)' too", at: diagnostic.range))
        }
        let severity = folded.map(\.severity).max() ?? first.severity
        let gone = deleted.count == 1 ? "the starter's \(deleted.first!) was removed" : "the starter's \(conjunction(deleted.sorted())) were removed"
        let target = UnknownReferenceRule.undefinedTarget(first) ?? UnknownActorRule.undefinedTarget(first) ?? ""
        let summary = Diagnostic(
            ruleID: folded.first { $0.severity == severity }?.ruleID ?? first.ruleID, severity: severity,
            message: "\(gone), and \(counted(files.count, "untouched starter file")) still \(files.count == 1 ? "refers" : "refer") to what \(deleted.count == 1 ? "it" : "they") defined, such as '\(target)' here",
            at: first.range, notes: notes,
            help: "remove \(conjunction(files)) too, or edit \(files.count == 1 ? "it" : "them") to refer to your own elements")
        return (kept + [summary]).sorted()
    }
}
