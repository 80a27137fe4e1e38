import BlueprintAnalysis
import BlueprintEmitters
import BlueprintModel

/// `blueprint compare`: the figures are `Comparison` (BlueprintAnalysis), the text and JSON
/// `ComparisonReport` (BlueprintEmitters); this finds the blueprints by ID for the command line.
extension Comparison {
    /// The blueprints `current` and `future` of a workspace, compared.
    public init(current: String, future: String, in workspace: Workspace) throws(WorkspaceError) {
        func find(_ id: String) throws(WorkspaceError) -> Blueprint {
            guard let blueprint = workspace.blueprint(id) else {
                let known = workspace.blueprints.map(\.id.value)
                throw WorkspaceError.unknownElement(kind: "blueprint", id: id, hint:
                    (Suggestion.didYouMean(id, in: known).map { "; \($0)" } ?? "; blueprints: \(known.joined(separator: ", "))"))
            }
            return blueprint
        }
        self.init(current: try find(current), future: try find(future))
    }

    /// A plain-text table.
    public func text() -> String { ComparisonReport.text(self) }

    /// The comparison as JSON, keys sorted.
    public func json() -> String { ComparisonReport.json(self) }
}
