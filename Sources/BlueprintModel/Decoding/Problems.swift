import BlueprintDiagnostics
import BlueprintSyntax

/// Collects the problems found while decoding one document. Decoders keep going after a
/// problem (a missing value becomes nil), so one run reports everything.
final class Problems {
    private(set) var diagnostics: [Diagnostic] = []

    func error(_ ruleID: String, _ message: String, at range: SourceRange,
               notes: [Diagnostic.Note] = [], help: String? = nil) {
        diagnostics.append(Diagnostic(ruleID: ruleID, severity: .error, message: message,
                                      at: range, notes: notes, help: help))
    }

    /// "expected text for 'title', found a list".
    func wrongType(_ node: Node, expected: String, for what: String, help: String? = nil) {
        error(SchemaRuleID.wrongType, "expected \(expected) for \(what), found \(node.kindDescription)",
              at: node.range, help: help)
    }
}
