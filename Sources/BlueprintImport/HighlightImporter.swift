import BlueprintDiagnostics
import BlueprintModel
import BlueprintSyntax
import Foundation

/// `blueprint research import highlights`: reads the CSV and makes a `HighlightImport`.
public enum HighlightImporter: Importer {
    public struct Options: Sendable {
        /// The notes document's ID, and the stem of its excerpts' IDs.
        public var session: String
        public var study: String
        /// Stands in where the CSV names no participant.
        public var participant: String?
        /// The workspace's tags, to map tag names back to their IDs.
        public var codebookTags: [Tag]

        public init(session: String, study: String, participant: String? = nil, codebookTags: [Tag] = []) {
            self.session = session
            self.study = study
            self.participant = participant
            self.codebookTags = codebookTags
        }
    }

    public static func read(_ input: ImportInput, options: Options) throws(ImportError) -> HighlightImport {
        try HighlightImport(csv: text(of: input), session: options.session, study: options.study, participant: options.participant,
                            codebookTags: options.codebookTags, source: URL(fileURLWithPath: input.path).lastPathComponent)
    }

    /// The input as text; the command asks first, before it loads a workspace for nothing.
    public static func text(of input: ImportInput) throws(ImportError) -> String {
        guard let text = String(data: Data(input.bytes), encoding: .utf8) else {
            throw ImportError(message: "\(input.path) is not UTF-8 text; save it as 'CSV UTF-8' and try again")
        }
        return text
    }
}

/// `blueprint research import highlights`: the highlights a qualitative tool exported as CSV
/// (Taguette's `id,document,tag,content`, QualCoder's and NVivo's coded-text reports, a
/// spreadsheet) turned into one `kind: notes` document. Columns are found by name, whatever
/// their case; tags become tag IDs (the codebook's own, when a tag's ID or name matches); rows
/// that repeat a highlight with another tag (as Taguette writes them) become one excerpt.
public struct HighlightImport {
    /// What the importer looks for in the header, in order of preference.
    public enum Column: String, CaseIterable, Sendable {
        case text, tags, participant, id

        /// Header names that mean this column (compared lower-cased, spaces and `_` alike).
        public var names: [String] {
            switch self {
            case .text: ["text", "highlight", "quote", "content", "coded text", "excerpt", "selection", "segment"]
            case .tags: ["tags", "tag", "codes", "code", "code name", "codename", "node", "node name"]
            case .participant: ["participant", "speaker", "case", "document", "document name", "source", "source name", "file"]
            case .id: ["id", "highlight id"]
            }
        }
    }

    /// A value of the CSV that was not a valid ID, and the ID it became.
    public struct Renaming: Sendable, Hashable {
        public var what: String
        public var from: String
        public var to: String

        public init(what: String, from: String, to: String) {
            self.what = what
            self.from = from
            self.to = to
        }
    }

    /// The notes document.
    public private(set) var yaml = ""
    public private(set) var excerptCount = 0
    /// Participant IDs, in order of first appearance.
    public private(set) var participants: [String] = []
    /// Tag IDs, in order of first use.
    public private(set) var tags: [String] = []
    /// Values that had to be changed to be valid IDs.
    public private(set) var renamings: [Renaming] = []
    /// Rows without text, left out.
    public private(set) var skippedRows: [Int] = []

    /// Reads `csv`. `codebookTags` are the workspace's tags, to map tag names back to their IDs;
    /// `participant` stands in where the CSV names none; `source` names the file in the header.
    public init(csv: String, session: String, study: String, participant: String? = nil,
                codebookTags: [Tag] = [], source: String) throws(ImportError) {
        // Strict: a quote left open would merge every highlight after it into one.
        let rows: [[String]]
        do {
            rows = try CSVReader.records(csv, separator: CSVReader.likelySeparator(of: csv)).map(\.fields)
        } catch {
            throw ImportError(line: error.line, message: "\(source):\(error.line): \(error.description)")
        }
        guard let header = rows.first else { throw ImportError(message: "\(source) is empty: expected a header row such as 'text,tags,participant'") }
        let columns = Self.columns(in: header)
        guard let textColumn = columns[.text] else {
            throw ImportError(message: "\(source): no column of highlight text; the header has \(header.map { "'\($0)'" }.joined(separator: ", ")); name one of them \(alternatives(Column.text.names.map { "'\($0)'" }))")
        }
        if columns[.participant] == nil, participant == nil {
            throw ImportError(message: "\(source): no participant column (\(Column.participant.names.prefix(4).joined(separator: ", ")) …); name the session's participant with --participant")
        }
        let tagIDs = TagNames(codebookTags)

        struct Highlight { var key: [String]; var text: String; var participant: String; var tags: [String] }
        var highlights: [Highlight] = []
        var index: [[String]: Int] = [:]
        for (offset, row) in rows.dropFirst().enumerated() {
            let number = offset + 2
            func cell(_ column: Column) -> String {
                guard let position = columns[column], position < row.count else { return "" }
                return row[position].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            // Line ends inside a highlight as YAML keeps them: "\n" (Windows exports write "\r\n").
            let text = textColumn < row.count
                ? row[textColumn].replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines) : ""
            guard !text.isEmpty else { skippedRows.append(number); continue }
            var who = cell(.participant)
            if who.isEmpty, let participant { who = participant }
            guard !who.isEmpty else {
                throw ImportError(message: "\(source): row \(number) names no participant; fill it in, or give --participant for rows without one")
            }
            let participantID = identifier(who, what: "participant")
            let rowTags = Self.split(cell(.tags)).map { tag in
                let id = tagIDs.id(for: tag) ?? identifier(tag, what: "tag")
                if tagIDs.id(for: tag) != nil, id != tag { note(Renaming(what: "tag", from: tag, to: id)) }
                return id
            }
            // Rows of one highlight (same ID, words and participant) are one excerpt.
            let id = cell(.id)
            let key = id.isEmpty ? ["row \(number)"] : [id, text, participantID]
            if let existing = index[key] {
                for tag in rowTags where !highlights[existing].tags.contains(tag) { highlights[existing].tags.append(tag) }
            } else {
                index[key] = highlights.count
                highlights.append(Highlight(key: key, text: text, participant: participantID, tags: uniqued(rowTags)))
            }
        }
        participants = uniqued(highlights.map(\.participant))
        tags = uniqued(highlights.flatMap(\.tags))
        excerptCount = highlights.count

        let at = SourceRange(file: source, at: SourcePosition(line: 1, column: 1))
        func text(_ value: String) -> Node { YAMLWriter.text(value, at: at) }
        func list(_ values: [String]) -> Node { Node(.sequence(values.map(text)), range: at) }
        func mapping(_ pairs: [(String, Node)]) -> Node {
            Node(.mapping(pairs.map { Pair(key: text($0.0), value: $0.1) }), range: at)
        }
        let excerpts = highlights.enumerated().map { offset, highlight in
            var pairs: [(String, Node)] = [("id", text("\(session)-\(offset + 1)")), ("text", text(highlight.text))]
            if participants.count > 1 { pairs.append(("participant", text(highlight.participant))) }
            if !highlight.tags.isEmpty { pairs.append(("tags", list(highlight.tags))) }
            return mapping(pairs)
        }
        let document = mapping([
            ("kind", text("notes")), ("id", text(session)), ("study", text(study)),
            ("participants", list(participants)), ("excerpts", Node(.sequence(excerpts), range: at)),
        ])
        yaml = YAMLWriter.file([document], comment: [
            "Imported from \(source) by 'blueprint research import highlights': \(counted(excerptCount, "excerpt")).",
            "Tags not in a codebook and participants not in a participants list are reported by 'blueprint check'.",
        ])
    }

    /// The position of each column the header names.
    public static func columns(in header: [String]) -> [Column: Int] {
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "_", with: " ") }
        var found: [Column: Int] = [:]
        for column in Column.allCases {
            for name in column.names {
                if let position = names.firstIndex(of: name), !found.values.contains(position) {
                    found[column] = position
                    break
                }
            }
        }
        return found
    }

    /// Tags of one cell: separated by commas or semicolons.
    static func split(_ cell: String) -> [String] {
        cell.split { $0 == "," || $0 == ";" }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `value` as an ID: itself when valid, else the nearest valid spelling (noted).
    private mutating func identifier(_ value: String, what: String) -> String {
        guard !IDSyntax.isValid(value) else { return value }
        let id = IDSyntax.suggestion(for: value)
        note(Renaming(what: what, from: value, to: id))
        return id
    }

    private mutating func note(_ renaming: Renaming) {
        if !renamings.contains(renaming) { renamings.append(renaming) }
    }

    private func uniqued(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    /// The codebook's tags by ID and by name, compared without regard to case.
    private struct TagNames {
        private var ids: [String: String] = [:]

        init(_ tags: [Tag]) {
            for tag in tags {
                ids[tag.id.value.lowercased()] = ids[tag.id.value.lowercased()] ?? tag.id.value
            }
            for tag in tags {
                if let name = tag.name?.value.lowercased() { ids[name] = ids[name] ?? tag.id.value }
            }
        }

        func id(for value: String) -> String? {
            ids[value.lowercased()] ?? ids[IDSyntax.suggestion(for: value)]
        }
    }
}

extension HighlightImport: ImportedDocument {
    /// Rows left out and values renamed, as notes (rows are counted, not located: one line lists them).
    public var findings: [ImportFinding] {
        (skippedRows.isEmpty ? [] : [ImportFinding(.note, "rows without text were left out: \(skippedRows.map(String.init).joined(separator: ", "))")])
            + renamings.map { ImportFinding(.note, "\($0.what) '\($0.from)' became '\($0.to)'") }
    }

    public var importedCount: Int { excerptCount }

    public var summary: String {
        "imported \(counted(excerptCount, "excerpt")) of \(counted(participants.count, "participant")) (\(participants.joined(separator: ", ")))"
    }
}
