import BlueprintDiagnostics
import BlueprintModel
import BlueprintSyntax
import Foundation

/// A backlog read from a plain text or CSV file, as a `kind: stories` document.
public struct StoryImport: Sendable, Hashable {
    /// A story found in the file.
    public struct ImportedStory: Sendable, Hashable {
        public var id: String
        public var text: String
        /// The line of the file it came from.
        public var line: Int

        public init(id: String, text: String, line: Int) {
            self.id = id
            self.text = text
            self.line = line
        }
    }

    /// A role found after "As a", declared under `roles:`.
    public struct ImportedRole: Sendable, Hashable {
        public var id: String
        /// As first written.
        public var name: String

        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// A line (or CSV row) that is not a user story, left out of the document.
    public struct LeftOut: Sendable, Hashable {
        public var line: Int
        /// The line's text, shortened for messages.
        public var text: String
        public var reason: String

        public init(line: Int, text: String, reason: String) {
            self.line = line
            self.text = text
            self.reason = reason
        }
    }

    public var documentID: String
    public var stories: [ImportedStory]
    public var roles: [ImportedRole]
    public var leftOut: [LeftOut]
    /// The `kind: stories` document.
    public var yaml: String
}

extension StoryImport: ImportedDocument {
    /// A warning for each line left out, at its line.
    public var findings: [ImportFinding] {
        leftOut.map { ImportFinding(.warning, line: $0.line, "\($0.reason); left out: \($0.text)") }
    }

    public var importedCount: Int { stories.count }

    public var summary: String {
        "imported \(counted(stories.count, "story"))"
            + (leftOut.isEmpty ? "" : "; \(counted(leftOut.count, "line")) left out")
    }
}

/// A file that cannot be read as text or CSV at all; the message names no file (the command
/// puts the file and line in front).
public typealias StoryImportError = ImportError

/// Turns a backlog kept elsewhere into a `kind: stories` document: a plain text file with one
/// story per line, or a CSV export (Jira's, a spreadsheet's) with Summary and/or Description
/// columns. A pure function of the file's bytes; the command writes the result.
public enum StoryImporter: Importer {
    /// How the file is read.
    public enum Format: String, Sendable, CaseIterable {
        case text, csv
    }

    public struct Options: Sendable, Hashable {
        /// Text or CSV; by default judged from the name and the first line.
        public var format: Format?
        /// The document's ID; by default made from the file name.
        public var documentID: String?

        public init(format: Format? = nil, documentID: String? = nil) {
            self.format = format
            self.documentID = documentID
        }
    }

    public static func read(_ input: ImportInput, options: Options) throws(ImportError) -> StoryImport {
        try read(input.bytes, name: input.path, format: options.format, documentID: options.documentID)
    }

    /// Longest an imported story ID grows (a few words of the means).
    static let idLength = 40
    static let idWords = 7

    /// Reads `bytes` (UTF-8, with or without a byte order mark) into a stories document.
    /// - Parameters:
    ///   - name: the file's name, for the document ID and the header comment.
    ///   - format: text or CSV; by default CSV when the name ends in `.csv` or the first line is
    ///     a header with a Summary or Description column.
    ///   - documentID: the document's ID; by default made from the file name.
    public static func read(_ bytes: [UInt8], name: String, format: Format? = nil,
                            documentID: String? = nil) throws(ImportError) -> StoryImport {
        guard var text = String(validating: bytes, as: UTF8.self) else {
            throw ImportError(line: nil, message: "the file is not UTF-8 text; save or export it as UTF-8 (in Excel: 'CSV UTF-8')")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let format = format ?? detectFormat(of: text, name: name)
        let candidates = format == .csv ? try csvCandidates(text) : textCandidates(text)
        let fileName = name.split(separator: "/").last.map(String.init) ?? name
        let id = documentID ?? identifier(for: fileBaseName(fileName), fallback: "stories")
        return assemble(candidates, documentID: id, source: fileName)
    }

    /// CSV for `.csv` files and for text whose first line names a Summary or Description column.
    static func detectFormat(of text: String, name: String) -> Format {
        if name.lowercased().hasSuffix(".csv") { return .csv }
        let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        guard firstLine.contains(","), let header = try? CSVReader.records(firstLine).first else { return .text }
        return columns(of: header.fields).isEmpty ? .text : .csv
    }

    /// A line or row that may be a story: its line and its text, or why it is not one.
    struct Candidate {
        var line: Int
        var text: String
        var story: Bool
        var reason: String
    }

    static let notAStory = "not a user story: it does not start with 'As a …'"

    /// One candidate per non-blank line; list markers ("- ", "* ", "1. ") are dropped.
    static func textCandidates(_ text: String) -> [Candidate] {
        var candidates: [Candidate] = []
        var number = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            number += 1
            let trimmed = withoutListMarker(line.trimmingWhiteSpace)
            guard !trimmed.isEmpty else { continue }
            candidates.append(Candidate(line: number, text: trimmed, story: isStory(trimmed), reason: notAStory))
        }
        return candidates
    }

    /// The Summary and Description columns' positions in a header.
    static func columns(of header: [String]) -> [Int] {
        header.indices.filter { ["summary", "description"].contains(header[$0].trimmingWhiteSpace.lowercased()) }
    }

    /// One candidate per CSV row: the Summary if it is a story, else the first line of the
    /// Description that is.
    static func csvCandidates(_ text: String) throws(ImportError) -> [Candidate] {
        let records: [CSVReader.Record]
        do {
            records = try CSVReader.records(text)
        } catch {
            throw ImportError(line: error.line, message: error.description)
        }
        guard let header = records.first else { return [] }
        let names = header.fields.map { $0.trimmingWhiteSpace.lowercased() }
        let summary = names.firstIndex(of: "summary"), description = names.firstIndex(of: "description")
        guard summary != nil || description != nil else {
            throw ImportError(line: header.line, message: "the CSV header has no Summary or Description column (it has \(alternatives(header.fields.map { "'\($0)'" })))")
        }
        return records.dropFirst().compactMap { record -> Candidate? in
            let field = { (index: Int?) in index.flatMap { $0 < record.fields.count ? record.fields[$0] : nil } ?? "" }
            let texts = [field(summary).singleLine] + field(description).split(whereSeparator: \.isNewline).map { String($0).trimmingWhiteSpace }
            if let story = texts.first(where: isStory) { return Candidate(line: record.line, text: story, story: true, reason: "") }
            guard let shown = texts.first(where: { !$0.isEmpty }) else { return nil }
            return Candidate(line: record.line, text: shown, story: false,
                             reason: "not a user story: neither its Summary nor its Description starts with 'As a …'")
        }
    }

    /// Whether a line reads as a story: "As a <role> …".
    static func isStory(_ text: String) -> Bool {
        let words = text.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, words[0].lowercased() == "as" else { return false }
        return StoryText(text).role.map { !$0.isEmpty } ?? false
    }

    /// The document: roles in order of first use, then the stories in the file's order.
    static func assemble(_ candidates: [Candidate], documentID: String, source: String) -> StoryImport {
        var taken: Set<String> = [documentID]
        var roles: [StoryImport.ImportedRole] = []
        var roleKeys: Set<String> = []
        let storyCandidates = candidates.filter(\.story)
        for candidate in storyCandidates {
            guard let role = StoryText(candidate.text).role, roleKeys.insert(role.lowercased()).inserted else { continue }
            let id = unique(identifier(for: role, fallback: "role"), in: &taken)
            roles.append(.init(id: id, name: role))
        }
        let stories = storyCandidates.map { candidate in
            let parts = StoryText(candidate.text)
            return StoryImport.ImportedStory(id: unique(storyIdentifier(parts.means ?? candidate.text), in: &taken),
                                             text: candidate.text, line: candidate.line)
        }
        let leftOut = candidates.filter { !$0.story }.map {
            StoryImport.LeftOut(line: $0.line, text: $0.text.count > 60 ? String($0.text.prefix(59)) + "…" : $0.text, reason: $0.reason)
        }
        return StoryImport(documentID: documentID, stories: stories, roles: roles, leftOut: leftOut,
                           yaml: yaml(documentID: documentID, roles: roles, stories: stories, source: source, leftOut: leftOut.count))
    }

    static func yaml(documentID: String, roles: [StoryImport.ImportedRole], stories: [StoryImport.ImportedStory],
                     source: String, leftOut: Int) -> String {
        var out = "# Imported from \(commentSafe(source)) by 'blueprint stories import': "
        out += counted(stories.count, "story")
        out += leftOut == 0 ? ".\n" : "; \(leftOut) \(leftOut == 1 ? "line was" : "lines were") not a story and left out.\n"
        out += "kind: stories\nid: \(YAMLText.scalar(documentID))\n"
        if !roles.isEmpty {
            out += "roles:\n"
            for role in roles {
                // The short form when the name reads back from the ID ("new-customer" → "new customer").
                if role.name == String(role.id.map { $0 == "-" ? " " : $0 }) {
                    out += "  - \(YAMLText.scalar(role.id))\n"
                } else {
                    out += "  - id: \(YAMLText.scalar(role.id))\n    name: \(YAMLText.scalar(role.name))\n"
                }
            }
        }
        out += stories.isEmpty ? "stories: []\n" : "stories:\n"
        for story in stories {
            out += "  - id: \(YAMLText.scalar(story.id))\n    text: \(YAMLText.scalar(story.text))\n"
        }
        return out
    }

    /// A readable ID from the first few words of the means: "to know what day my rubbish is
    /// collected" → "know-what-day-my-rubbish-is-collected".
    static func storyIdentifier(_ means: String) -> String {
        var words = means.split(whereSeparator: \.isWhitespace).map { String($0).lowercased() }
        for lead in [["to", "be", "able", "to"], ["be", "able", "to"], ["to"], ["a"], ["an"], ["the"]] where words.starts(with: lead) && words.count > lead.count {
            words.removeFirst(lead.count)
        }
        var kept: [String] = []
        for word in words where kept.count < idWords {
            let length = (kept + [word]).joined(separator: "-").count
            if !kept.isEmpty && length > idLength { break }
            kept.append(word)
        }
        return identifier(for: kept.joined(separator: " "), fallback: "story")
    }

    /// A valid ID from text: lower-case ASCII letters and digits joined by dashes, accents and
    /// apostrophes dropped ("isn't" → "isnt", "café" → "cafe"); `fallback` when nothing is left.
    static func identifier(for text: String, fallback: String) -> String {
        let cleaned = text.folding(options: .diacriticInsensitive, locale: nil).filter { $0 != "'" && $0 != "’" }
        guard cleaned.unicodeScalars.contains(where: { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }) else { return fallback }
        return IDSyntax.suggestion(for: String(cleaned.prefix(200)))
    }

    /// `id`, or `id-2`, `id-3` … when taken; the result is marked taken.
    static func unique(_ id: String, in taken: inout Set<String>) -> String {
        var candidate = id
        var number = 2
        while taken.contains(candidate) {
            candidate = "\(id)-\(number)"
            number += 1
        }
        taken.insert(candidate)
        return candidate
    }

    /// The file's name without its extension.
    static func fileBaseName(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// Text that cannot end a YAML comment early: line breaks and control characters dropped.
    static func commentSafe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter {
            !($0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x2028 || $0.value == 0x2029)
        }))
    }

    /// "- As a …", "* As a …", "12. As a …" → "As a …".
    static func withoutListMarker(_ line: String) -> String {
        for marker in ["- ", "* ", "• "] where line.hasPrefix(marker) { return String(line.dropFirst(marker.count)).trimmingWhiteSpace }
        let digits = line.prefix(while: \.isNumber)
        let rest = line.dropFirst(digits.count)
        if !digits.isEmpty, digits.count <= 4, rest.hasPrefix(". ") || rest.hasPrefix(") ") {
            return String(rest.dropFirst(2)).trimmingWhiteSpace
        }
        return line
    }
}

extension StringProtocol {
    /// Without white space (line breaks included) at either end.
    var trimmingWhiteSpace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }

    /// On one line: runs of white space, line breaks included, as one space.
    var singleLine: String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
