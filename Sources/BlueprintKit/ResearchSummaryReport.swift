import BlueprintAnalysis
import BlueprintEmitters
import BlueprintModel

/// `blueprint research summary`: the research figures of a workspace, as text, JSON or CSV.
public enum ResearchSummaryReport {
    /// The formats the summary is written in.
    public enum Format: String, Sendable, CaseIterable {
        case text, json, csv
    }

    /// The summary of a workspace (or of one study) in a format. An unknown study is an error
    /// that names the closest study ID, or lists them.
    public static func render(_ workspace: Workspace, study: String? = nil, format: Format) throws(WorkspaceError) -> String {
        if let study, workspace.study(study) == nil {
            let known = workspace.studies.map(\.id.value)
            throw WorkspaceError.unknownElement(kind: "study", id: study, hint: "; "
                + (Suggestion.didYouMean(study, in: known)
                    ?? (known.isEmpty ? "it has no 'kind: study' documents" : "studies: \(known.joined(separator: ", "))")))
        }
        let summary = ResearchSummary(workspace, study: study)
        return switch format {
        case .text: ResearchSummaryText.render(summary)
        case .json: ResearchSummaryData.json(summary)
        case .csv: ResearchSummaryData.csv(summary)
        }
    }
}
