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
    /// The largest blueprint laid out by default, as steps × flow arrows. Graphviz's layout time
    /// grows with about the cube of the steps once every step has several flows: dense
    /// blueprints of 20 stages and 5 flows a step take 1.3 s at 100 steps (45,700), 4.2 s at 150
    /// (105,600), 9 s at 200 (190,000) and 32 s at 300 (434,100) (docs/PERFORMANCE.md, "Layout
    /// budget"). So above ~5 s a render is refused: it would run for minutes, and hold up
    /// `serve`, which draws with the same renderer, as well as `report`.
    public static let layoutLimit = 120_000

    /// The diagram of blueprint `id` in `format`. A blueprint whose steps × flows exceed
    /// `layoutLimit` (nil: no limit) is refused before Graphviz starts, unless `format` is DOT,
    /// which needs no layout.
    public static func render(_ id: String, in workspace: Workspace, format: DiagramFormat,
                              layoutLimit: Int? = BlueprintRenderer.layoutLimit) throws(WorkspaceError) -> [UInt8] {
        guard let blueprint = workspace.blueprint(id) else {
            let known = workspace.blueprints.map(\.id.value)
            let hint = Suggestion.didYouMean(id, in: known).map { "; \($0)" }
                ?? (known.isEmpty ? "; the workspace has no blueprints" : "; blueprints: \(known.joined(separator: ", "))")
            throw WorkspaceError("no blueprint '\(id)' in the workspace\(hint)")
        }
        if format != .dot, let layoutLimit { try checkLayoutSize(of: blueprint, limit: layoutLimit) }
        return try draw(BlueprintDiagram.dot(blueprint, personas: workspace.personas), format: format, what: "blueprint '\(id)'")
    }

    /// Steps × flows: the figure `layoutLimit` bounds.
    public static func layoutSize(of blueprint: Blueprint) -> (steps: Int, flows: Int, size: Int) {
        let steps = blueprint.steps.count
        let flows = blueprint.flows.count
        let (size, overflow) = steps.multipliedReportingOverflow(by: flows)
        return (steps, flows, overflow ? Int.max : size)
    }

    /// Throws the located error that names the blueprint, its size, the limit and the ways out.
    static func checkLayoutSize(of blueprint: Blueprint, limit: Int) throws(WorkspaceError) {
        let (steps, flows, size) = layoutSize(of: blueprint)
        guard size > limit else { return }
        let place = "\(blueprint.range.file):\(blueprint.range.start.line):\(blueprint.range.start.column)"
        throw WorkspaceError("\(place): blueprint '\(blueprint.id.value)' is too large to lay out: \(steps) steps × \(flows) flows = "
            + "\(grouped(size)), above the layout limit of \(grouped(limit)) (about 5 seconds of Graphviz); split it into "
            + "smaller blueprints (a stage or two each), or draw it anyway with 'blueprint render \(blueprint.id.value) "
            + "--no-layout-limit' (it may take minutes), or write DOT with --format dot")
    }

    /// 200000 → "200,000".
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var text = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
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
