import BlueprintDiagnostics
import BlueprintEmitters
import BlueprintGraphviz
import BlueprintModel

/// The formats `render` writes. `drawio` is a blueprint's editable draw.io file, placed by us,
/// not by Graphviz.
public enum DiagramFormat: String, CaseIterable, Sendable {
    case dot, svg, png, pdf, drawio
}

/// The formats Graphviz writes, and so `render trace` (a trace has no grid to place by hand).
public enum TraceFormat: String, CaseIterable, Sendable {
    case dot, svg, png, pdf
}

extension DiagramFormat {
    /// The format as Graphviz writes it; nil for draw.io, which is placed by `DrawIO`.
    var drawn: TraceFormat? {
        switch self {
        case .dot: .dot
        case .svg: .svg
        case .png: .png
        case .pdf: .pdf
        case .drawio: nil
        }
    }
}

/// The largest blueprint `BlueprintRenderer` lays out: flow arrows (`after` links) and steps.
public struct LayoutLimit: Sendable, Hashable {
    public var flows: Int
    public var steps: Int

    public init(flows: Int, steps: Int) {
        self.flows = flows
        self.steps = steps
    }
}

/// Renders a workspace's blueprints: DOT from the emitter, laid out in-process by Graphviz.
public enum BlueprintRenderer {
    /// The largest blueprint laid out by default. Graphviz's layout time follows the flow arrows
    /// (each one a chain of virtual nodes across the columns it spans), far more than the steps:
    /// 704 flows among 150 steps take 4.2 s, 950 among 200 9 s, 1,447 among 300 32 s, while 708
    /// among 3,000 steps take 3.4 s and 2,000 steps without flows 0.6 s (docs/PERFORMANCE.md,
    /// "Layout budget"). So a blueprint above 750 flows or 3,000 steps (the most measured) is
    /// refused: it could run for minutes, and hold up `report` and `serve`, which draw with the
    /// same renderer.
    public static let layoutLimit = LayoutLimit(flows: 750, steps: 3_000)

    /// The diagram of blueprint `id` in `format`. A blueprint above `layoutLimit` (nil: no limit)
    /// is refused before Graphviz starts, unless `format` is DOT, which needs no layout.
    public static func render(_ id: String, in workspace: Workspace, format: DiagramFormat,
                              layoutLimit: LayoutLimit? = BlueprintRenderer.layoutLimit) throws(WorkspaceError) -> [UInt8] {
        guard let drawn = format.drawn else {
            return Array(DrawIO.file(try blueprint(id, in: workspace), personas: workspace.personas).utf8)
        }
        return try draw(dot(id, in: workspace, layoutLimit: drawn == .dot ? nil : layoutLimit), format: drawn, what: "blueprint '\(id)'")
    }

    /// The DOT of blueprint `id`, refused (as `render` refuses it) when it is above `layoutLimit`.
    static func dot(_ id: String, in workspace: Workspace, layoutLimit: LayoutLimit?) throws(WorkspaceError) -> String {
        let blueprint = try blueprint(id, in: workspace)
        if let layoutLimit { try checkLayoutSize(of: blueprint, limit: layoutLimit) }
        return BlueprintDiagram.dot(blueprint, personas: workspace.personas)
    }

    /// Blueprint `id`, or the error that suggests the IDs there are.
    static func blueprint(_ id: String, in workspace: Workspace) throws(WorkspaceError) -> Blueprint {
        guard let blueprint = workspace.blueprint(id) else {
            let known = workspace.blueprints.map(\.id.value)
            let hint = Suggestion.didYouMean(id, in: known).map { "; \($0)" }
                ?? (known.isEmpty ? "; the workspace has no blueprints" : "; blueprints: \(known.joined(separator: ", "))")
            throw .unknownElement(kind: "blueprint", id: id, hint: hint)
        }
        return blueprint
    }

    /// Starts Graphviz for `format` on another thread (`Graphviz.prepareInBackground`), for a
    /// command that will draw once it has checked its files. Nothing for DOT.
    public static func prepareInBackground(for format: DiagramFormat) {
        switch format {
        case .dot, .drawio: return
        case .svg: Graphviz.prepareInBackground(for: .svg)
        case .png: Graphviz.prepareInBackground(for: .png)
        case .pdf: Graphviz.prepareInBackground(for: .pdf)
        }
    }

    /// The figures `layoutLimit` bounds.
    public static func layoutSize(of blueprint: Blueprint) -> (steps: Int, flows: Int) {
        (blueprint.steps.count, blueprint.flows.count)
    }

    /// Throws the located error that names the blueprint, its size, the limit and the ways out.
    static func checkLayoutSize(of blueprint: Blueprint, limit: LayoutLimit) throws(WorkspaceError) {
        let (steps, flows) = layoutSize(of: blueprint)
        guard flows > limit.flows || steps > limit.steps else { return }
        let place = "\(blueprint.range.file):\(blueprint.range.start.line):\(blueprint.range.start.column)"
        throw .tooLargeToLayOut(blueprint: blueprint.id.value, explanation: "\(place): blueprint '\(blueprint.id.value)' is too large to lay out: \(grouped(flows)) flows "
            + "among \(grouped(steps)) steps, above the layout limit of \(grouped(limit.flows)) flows and \(grouped(limit.steps)) "
            + "steps (about 5 seconds of Graphviz); split it into smaller blueprints (a stage or two each), or draw it "
            + "anyway with 'blueprint render \(blueprint.id.value) --no-layout-limit' (it may take minutes), or write DOT "
            + "with --format dot")
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
    static func draw(_ dot: String, format: TraceFormat, what: String) throws(WorkspaceError) -> [UInt8] {
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
            throw .graphvizFailed(drawing: what, message: error.message)
        }
    }
}
