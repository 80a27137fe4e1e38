import Foundation
import BlueprintModel

/// Two states of a service side by side: `blueprint compare CURRENT FUTURE`.
public struct Comparison: Sendable {
    /// One measure: its value in each state and the change.
    public struct Row: Sendable, Codable, Hashable {
        public var measure: String
        public var current: Int
        public var future: Int

        public init(measure: String, current: Int, future: Int) {
            self.measure = measure
            self.current = current
            self.future = future
        }
        public var change: Int { future - current }
        /// The change as a share of the current value, in percent; nil when the current is 0.
        public var percent: Double? { current == 0 ? nil : Double(change) / Double(current) * 100 }
    }

    public var current: Blueprint
    public var future: Blueprint
    public var currentMetrics: ServiceMetrics
    public var futureMetrics: ServiceMetrics

    public init(current: Blueprint, future: Blueprint) {
        self.current = current
        self.future = future
        currentMetrics = ServiceMetrics(current)
        futureMetrics = ServiceMetrics(future)
        // Channels are free text, shown by the text and the JSON: masked as written (lower case
        // would hide an NI number from the detector).
        currentMetrics.channels = Self.shownChannels(current)
        futureMetrics.channels = Self.shownChannels(future)
    }

    /// The blueprints `current` and `future` of a workspace, compared.
    public init(current: String, future: String, in workspace: Workspace) throws(WorkspaceError) {
        func find(_ id: String) throws(WorkspaceError) -> Blueprint {
            guard let blueprint = workspace.blueprint(id) else {
                let known = workspace.blueprints.map(\.id.value)
                throw WorkspaceError("no blueprint '\(id)' in the workspace"
                    + (Suggestion.didYouMean(id, in: known).map { "; \($0)" } ?? "; blueprints: \(known.joined(separator: ", "))"))
            }
            return blueprint
        }
        self.init(current: try find(current), future: try find(future))
    }

    /// Every measure, in reading order.
    public var rows: [Row] {
        let (c, f) = (currentMetrics, futureMetrics)
        var rows = [
            Row(measure: "Customer effort score", current: c.customerEffort, future: f.customerEffort),
            Row(measure: "Customer touch points", current: c.touchPoints, future: f.touchPoints),
            Row(measure: "Customer steps", current: c.customerSteps, future: f.customerSteps),
            Row(measure: "Channels used", current: c.channels.count, future: f.channels.count),
            Row(measure: "Hand-offs between actors", current: c.handOffs, future: f.handOffs),
            Row(measure: "Wait steps", current: c.waitSteps, future: f.waitSteps),
            Row(measure: "Waiting (hours)", current: c.waitSeconds / 3_600, future: f.waitSeconds / 3_600),
            Row(measure: "Distress (negative emotion)", current: c.distress, future: f.distress),
        ]
        for kind in Lane.Kind.allCases {
            let (before, after) = (c.stepsPerLane[kind.rawValue] ?? 0, f.stepsPerLane[kind.rawValue] ?? 0)
            if before + after > 0 { rows.append(Row(measure: "Steps: \(kind.standardName.lowercased())", current: before, future: after)) }
        }
        for severity in PainPoint.Severity.allCases.reversed() {
            let (before, after) = (c.painPoints[severity.rawValue] ?? 0, f.painPoints[severity.rawValue] ?? 0)
            if before + after > 0 { rows.append(Row(measure: "Pain points: \(severity.rawValue)", current: before, future: after)) }
        }
        rows.append(Row(measure: "Pain points: all", current: c.painPoints.values.reduce(0, +), future: f.painPoints.values.reduce(0, +)))
        return rows
    }

    /// A plain-text table.
    public func text() -> String {
        let header = ("Measure", current.id.value, future.id.value, "Change")
        let lines = rows.map { row in
            (row.measure, String(row.current), String(row.future),
             (row.change > 0 ? "+" : "") + String(row.change) + (row.percent.map { " (\(Self.percent($0)))" } ?? ""))
        }
        let widths = [header.0.count, header.1.count, header.2.count, header.3.count].enumerated().map { index, width in
            lines.map { [$0.0, $0.1, $0.2, $0.3][index].count }.max().map { max($0, width) } ?? width
        }
        func line(_ cells: (String, String, String, String)) -> String {
            cells.0.padding(toLength: widths[0], withPad: " ", startingAt: 0) + "  "
                + String(repeating: " ", count: widths[1] - cells.1.count) + cells.1 + "  "
                + String(repeating: " ", count: widths[2] - cells.2.count) + cells.2 + "  "
                + cells.3
        }
        var out = "\(current.title.shown) → \(future.title.shown)\n"
        if future.improves?.value != current.id.value {
            out += "note: '\(future.id.value)' does not say it improves '\(current.id.value)'\n"
        }
        out += "\n" + line(header) + "\n" + String(repeating: "-", count: widths.reduce(0, +) + 6) + "\n"
        out += lines.map(line).joined(separator: "\n") + "\n\n"
        out += "Channels: \(currentMetrics.channels.joined(separator: ", ")) → \(futureMetrics.channels.joined(separator: ", "))\n"
        out += "Customer effort = customer steps + touch points + wait steps + distress (docs/COMPARE.md).\n"
        return out
    }

    /// The comparison as JSON, keys sorted.
    public func json() -> String {
        struct RowOutput: Encodable { var measure: String; var current: Int; var future: Int; var change: Int; var percent: Double? }
        struct Output: Encodable {
            var current: String
            var future: String
            var rows: [RowOutput]
            var currentMetrics: ServiceMetrics
            var futureMetrics: ServiceMetrics
        }
        let output = Output(current: current.id.value, future: future.id.value,
                            rows: rows.map { RowOutput(measure: $0.measure, current: $0.current, future: $0.future, change: $0.change,
                                                       percent: $0.percent.map { ($0 * 10).rounded() / 10 }) },
                            currentMetrics: currentMetrics, futureMetrics: futureMetrics)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(output), as: UTF8.self) + "\n"
    }

    /// The distinct channels of `blueprint`'s steps, as `ServiceMetrics` counts them, personal data masked.
    static func shownChannels(_ blueprint: Blueprint) -> [String] {
        Array(Set(blueprint.steps.compactMap { $0.channel?.shown.lowercased() })).sorted()
    }

    /// A signed, rounded percentage: "+100%", "-62%".
    public static func percent(_ value: Double) -> String {
        (value > 0 ? "+" : "") + String(format: "%.0f%%", value)
    }
}
