import Diagnostics
import Emitters
import Graphviz
import Model

/// The formats `render` writes.
public enum DiagramFormat: String, CaseIterable, Sendable {
    case dot, svg, png, pdf
}

/// Renders a workspace's blueprints: DOT from the emitter, laid out in-process by Graphviz.
public enum BlueprintRenderer {
    /// The diagram of blueprint `id` in `format`.
    public static func render(_ id: String, in workspace: Workspace, format: DiagramFormat) throws(WorkspaceError) -> [UInt8] {
        guard let blueprint = workspace.blueprint(id) else {
            let known = workspace.blueprints.map(\.id.value)
            let hint = Suggestion.didYouMean(id, in: known).map { "; \($0)" }
                ?? (known.isEmpty ? "; the workspace has no blueprints" : "; blueprints: \(known.joined(separator: ", "))")
            throw WorkspaceError("no blueprint '\(id)' in the workspace\(hint)")
        }
        return try draw(BlueprintDiagram.dot(blueprint, personas: workspace.personas), format: format, what: "blueprint '\(id)'")
    }

    /// DOT as is, or laid out and rendered in-process; `what` names the diagram in errors.
    static func draw(_ dot: String, format: DiagramFormat, what: String) throws(WorkspaceError) -> [UInt8] {
        let graphvizFormat: GraphvizFormat
        switch format {
        case .dot: return Array(dot.utf8)
        case .svg: graphvizFormat = .svg
        case .png: graphvizFormat = .png
        case .pdf: graphvizFormat = .pdf
        }
        do {
            return try Graphviz.render(dot: dot, format: graphvizFormat)
        } catch {
            throw WorkspaceError("Graphviz could not draw \(what): \(error.message)")
        }
    }
}
