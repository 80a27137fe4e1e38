import BlueprintAnalysis
import BlueprintEmitters

/// `blueprint coverage` output: the figures are `Coverage` (BlueprintAnalysis), the text
/// `CoverageText` and the JSON and CSV `CoverageData` (BlueprintEmitters).
public enum CoverageReport {
    /// Output formats.
    public enum Format: String, Sendable, CaseIterable {
        case text, json, csv
    }

    /// The report in `format`.
    public static func render(_ coverage: Coverage, format: Format) -> String {
        switch format {
        case .text: CoverageText.render(coverage)
        case .json: CoverageData.json(coverage)
        case .csv: CoverageData.csv(coverage)
        }
    }

    /// One table for a spreadsheet (docs/BACKLOG.md).
    public static func csv(_ coverage: Coverage) -> String { CoverageData.csv(coverage) }
}
