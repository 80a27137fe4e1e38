import BlueprintDiagnostics
import BlueprintSyntax

/// Collects the problems found while decoding one document. Decoders keep going after a
/// problem (a missing value becomes nil), so one run reports everything.
final class Problems {
    private(set) var diagnostics: [Diagnostic] = []
    /// The IDs spelled inside values a problem made the decoder leave out (a step without
    /// `text`, a stage whose `name` is a list, a list of steps written as a mapping): still
    /// known to the linker, so references to them are not reported a second time.
    private(set) var dropped: [Identifier] = []

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

    /// Records the IDs `node` and everything under it spell after `id:`, for a value that was
    /// (or may be) left out because of a problem already reported.
    func dropping(_ node: Node) {
        switch node.value {
        case .mapping(let pairs):
            for pair in pairs {
                if pair.key.scalar?.text == "id", let id = pair.value.scalar?.text, IDSyntax.isValid(id) {
                    dropped.append(Identifier(id, at: pair.value.range))
                }
                dropping(pair.value)
            }
        case .sequence(let items): items.forEach(dropping)
        default: break
        }
    }

    /// Records one ID left out, such as a lane name that is not a standard lane.
    func dropping(_ id: Identifier) { dropped.append(id) }
}
