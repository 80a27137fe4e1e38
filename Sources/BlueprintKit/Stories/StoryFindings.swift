import BlueprintDiagnostics
import BlueprintRules
import Foundation

extension CheckResult {
    /// What `blueprint stories check` reports: every story-quality finding, and every error
    /// (syntax, schema, reference) inside a `kind: stories` document. The rest of the workspace
    /// is loaded, so that stories' references resolve, but its own findings are left to `check`.
    public var storyDiagnostics: [Diagnostic] {
        let storyRules = Set(RuleCatalog.descriptions.filter { $0.stage == .stories }.map(\.id))
        let documents = storyDocumentLines
        return diagnostics.filter { diagnostic in
            storyRules.contains(diagnostic.ruleID)
                || diagnostic.severity == .error
                && documents[diagnostic.range.file]?.contains { $0.contains(diagnostic.range.start.line) } == true
        }
    }

    /// The lines of every `kind: stories` document, by file. Read from the text rather than the
    /// decoded workspace, so a document that failed to parse or decode still counts.
    var storyDocumentLines: [String: [ClosedRange<Int>]] {
        var found: [String: [ClosedRange<Int>]] = [:]
        for (path, text) in sourceTexts {
            var start = 1, number = 0, isStories = false
            let close = { (last: Int) in
                if isStories, last >= start { found[path, default: []].append(start...last) }
            }
            for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
                number += 1
                if line.hasPrefix("---") || line.hasPrefix("...") {
                    close(number - 1)
                    start = number
                    isStories = false
                }
                if Self.declaresStories(line) { isStories = true }
            }
            close(number)
        }
        return found
    }

    /// Whether a line is a document's top-level `kind: stories` (quoted or not, with a comment or not).
    static func declaresStories(_ line: Substring) -> Bool {
        var rest = line
        if rest.hasPrefix("--- ") { rest = rest.dropFirst(4) }
        let unquote = { (text: Substring) in text.trimmingCharacters(in: .whitespacesAndNewlines).filter { $0 != "\"" && $0 != "'" } }
        guard let colon = rest.firstIndex(of: ":"), unquote(rest[..<colon]) == "kind", rest.first?.isWhitespace == false else { return false }
        var value = rest[rest.index(after: colon)...]
        if let comment = value.firstRange(of: " #") { value = value[..<comment.lowerBound] }
        return unquote(value) == "stories"
    }
}
