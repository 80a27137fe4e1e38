import Emitters
import Foundation
import Model

/// `blueprint export backlog`: a backlog export written atomically, one file or a folder.
public enum BacklogExporter {
    /// What a folder of `format` may already hold for a new export to replace it.
    static func replaceable(_ format: BacklogFormat) -> OutputFile.FolderReplacement {
        switch format {
        case .github: .onlyFiles(withExtensions: ["md", "json"])
        case .gherkin: .onlyFiles(withExtensions: ["feature"])
        case .jiraCSV, .markdown, .json: .anything
        }
    }

    /// Writes the export of `format` to `path`: a file (`-` for standard output) for
    /// jira-csv, markdown and json, a folder for github and gherkin. Returns the files written.
    @discardableResult
    public static func write(_ workspace: Workspace, format: BacklogFormat, to path: String) throws(WorkspaceError) -> [ExportedFile] {
        let files = BacklogExport.files(workspace, format: format)
        if format.isFolder {
            guard path != "-" else {
                throw WorkspaceError("'--format \(format.rawValue)' writes a folder of files, not one stream; name a folder with -o")
            }
            try OutputFile.writeFolder(files.map { ($0.path, Array($0.text.utf8)) }, to: URL(fileURLWithPath: path),
                                       replacing: replaceable(format))
        } else {
            try OutputFile.write(Array(files.map(\.text).joined().utf8), to: path)
        }
        return files
    }
}
