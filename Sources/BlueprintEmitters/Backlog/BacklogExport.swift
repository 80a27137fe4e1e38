import BlueprintAnalysis
import BlueprintModel

/// The formats `blueprint export backlog` writes.
public enum BacklogFormat: String, Sendable, CaseIterable {
    /// One CSV file for Jira's CSV importer: epics, then stories linked to them.
    case jiraCSV = "jira-csv"
    /// A folder: a Markdown issue body per story and `issues.json` for `gh issue create`.
    case github
    /// A folder: a `.feature` file per epic, a scenario per acceptance criterion.
    case gherkin
    /// One Markdown file: the backlog by epic, in priority order, with criteria.
    case markdown
    /// One JSON file: epics, stories and criteria as structured data.
    case json

    /// Whether the format writes a folder of files rather than one file.
    public var isFolder: Bool { self == .github || self == .gherkin }
}

/// One file of an export: a path relative to the output (empty for a one-file format) and its text.
public struct ExportedFile: Sendable, Hashable {
    public var path: String
    public var text: String

    /// A file at `path` holding `text`.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// Backlog exports: pure functions from a workspace to files. Every format lists epics in file
/// order and stories in `Backlog` order (priority within an epic), so the same workspace always
/// gives the same bytes.
public enum BacklogExport {
    /// The files of `format`. One-file formats give one file with an empty path.
    public static func files(_ workspace: Workspace, format: BacklogFormat) -> [ExportedFile] {
        switch format {
        case .jiraCSV: [ExportedFile(path: "", text: JiraCSV.document(workspace))]
        case .github: GitHubIssues.files(workspace)
        case .gherkin: GherkinFeatures.files(workspace)
        case .markdown: [ExportedFile(path: "", text: MarkdownBacklog.document(workspace))]
        case .json: [ExportedFile(path: "", text: BacklogJSON.document(workspace))]
        }
    }

    /// File names from IDs, unique even on a file system that ignores case: a name already
    /// taken (in any case) gets "-2", "-3" …
    static func uniqueFileNames(_ stems: [String], extension ext: String) -> [String] {
        var taken: Set<String> = []
        return stems.map { stem in
            var name = "\(stem).\(ext)"
            var number = 2
            while taken.contains(name.lowercased()) {
                name = "\(stem)-\(number).\(ext)"
                number += 1
            }
            taken.insert(name.lowercased())
            return name
        }
    }
}

extension AcceptanceCriterion {
    /// The criterion as prose, each Gherkin keyword passed through `keyword` and each piece of
    /// user text through `text`: "**Given** a bin is missed, **when** … , **then** …".
    func prose(keyword: (String) -> String, text: (String) -> String) -> String {
        switch form {
        case .checklist(let item):
            return text(item.shown)
        case .scenario(let given, let when, let then, let and):
            var parts: [String] = []
            for (word, value) in [("Given", given), ("when", when), ("then", then)] {
                if let value { parts.append(keyword(parts.isEmpty ? word.capitalized : word) + " " + text(value.shown)) }
            }
            parts += and.map { keyword("and") + " " + text($0.shown) }
            return parts.joined(separator: ", ")
        }
    }

    var isChecklist: Bool {
        if case .checklist = form { return true }
        return false
    }
}

extension Story {
    /// The priority as written ("must", "2"), or nil.
    var priorityLabel: String? { priority?.value.label }
}
