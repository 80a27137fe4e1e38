import BlueprintAnalysis
import BlueprintModel
import Foundation

/// `blueprint compare` output: a `Comparison` as a plain-text table or JSON. The report's
/// blueprint pages show the same change column (`change`).
public enum ComparisonReport {
    /// A plain-text table.
    public static func text(_ comparison: Comparison) -> String {
        let (current, future) = (comparison.current, comparison.future)
        let header = ("Measure", current.id.value, future.id.value, "Change")
        let lines = comparison.rows.map { row in (row.measure, String(row.current), String(row.future), change(row)) }
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
        out += "Channels: \(comparison.currentMetrics.channels.joined(separator: ", ")) → \(comparison.futureMetrics.channels.joined(separator: ", "))\n"
        out += "Customer effort = customer steps + touch points + wait steps + distress (docs/COMPARE.md).\n"
        return out
    }

    /// The comparison as JSON, keys sorted, percentages to a tenth.
    public static func json(_ comparison: Comparison) -> String {
        struct RowOutput: Encodable { var measure: String; var current: Int; var future: Int; var change: Int; var percent: Double? }
        struct Output: Encodable {
            var current: String
            var future: String
            var rows: [RowOutput]
            var currentMetrics: ServiceMetrics
            var futureMetrics: ServiceMetrics
        }
        return JSONOutput.encode(Output(
            current: comparison.current.id.value, future: comparison.future.id.value,
            rows: comparison.rows.map { RowOutput(measure: $0.measure, current: $0.current, future: $0.future, change: $0.change,
                                                  percent: $0.percent.map { ($0 * 10).rounded() / 10 }) },
            currentMetrics: comparison.currentMetrics, futureMetrics: comparison.futureMetrics))
    }

    /// A measure's change, signed, with its percentage when there is one: "+3 (+100%)", "-5 (-62%)", "0".
    public static func change(_ row: Comparison.Row) -> String {
        (row.change > 0 ? "+" : "") + String(row.change) + (row.percent.map { " (\(percent($0)))" } ?? "")
    }

    /// A signed, rounded percentage: "+100%", "-62%".
    public static func percent(_ value: Double) -> String {
        (value > 0 ? "+" : "") + String(format: "%.0f%%", value)
    }
}
