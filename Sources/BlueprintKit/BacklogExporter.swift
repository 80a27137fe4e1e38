import BlueprintEmitters
import Foundation
import BlueprintModel

/// The formats `export backlog` writes (Jira CSV, GitHub issues, Gherkin, Markdown, JSON).
public typealias BacklogFormat = BlueprintEmitters.BacklogFormat

/// `blueprint export backlog`: a backlog export written atomically, one file or a folder.
public enum BacklogExporter {
    /// The epics a Gherkin export writes no `.feature` file for: none of their stories has
    /// acceptance criteria yet.
    public static func epicsWithoutFeatures(_ workspace: Workspace) -> [String] {
        GherkinFeatures.epicsWithoutCriteria(workspace)
    }

    /// What a folder of `format` written before output manifests existed may hold for a new
    /// export to replace it (a folder with our manifest may hold what the manifest lists).
    public static func replaceable(_ format: BacklogFormat) -> Set<String> {
        switch format {
        case .github: ["md", "json"]
        case .gherkin: ["feature"]
        case .jiraCSV, .markdown, .json: []
        }
    }

    /// Writes the export of `format` to `path`: a file (`-` for standard output) for
    /// jira-csv, markdown and json, a folder for github and gherkin, never over `inputs`
    /// (`OutputPolicy`). Returns the files written.
    @discardableResult
    public static func write(_ workspace: Workspace, format: BacklogFormat, to path: String,
                             inputs: OutputPolicy.Inputs = .none) throws(WorkspaceError) -> [ExportedFile] {
        let files = BacklogExport.files(workspace, format: format)
        if format.isFolder {
            guard path != "-" else {
                throw WorkspaceError.outputRefused("'--format \(format.rawValue)' writes a folder of files, not one stream; name a folder with -o")
            }
            try OutputFile.writeFolder(files.map { ($0.path, Array($0.text.utf8)) }, to: URL(fileURLWithPath: path),
                                       command: "export backlog", inputs: inputs, replaceable: replaceable(format))
        } else {
            try OutputFile.write(Array(files.map(\.text).joined().utf8), to: path, inputs: inputs)
        }
        return files
    }
}
