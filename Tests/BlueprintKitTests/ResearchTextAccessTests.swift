import Foundation
import BlueprintKit
import Testing
import TestSupport

/// Issue 13, point 1: research text is shown through one function. The raw words of excerpts,
/// comments and session summaries are reachable only as `ResearchText.unredacted`; this test
/// keeps every emitter, reporter and command from reading them.
@Suite("Research text is read raw only where it must be")
struct ResearchTextAccessTests {
    /// The files that may read research text raw, and why.
    static let allowed: [String: String] = [
        "Sources/BlueprintModel/ResearchText.swift": "defines it",
        "Sources/BlueprintModel/Elements/Research.swift": "the research kinds hand their text to the personal-data check (forEachFreeText)",
        "Sources/BlueprintAnalysis/Redaction.swift": "applies consent and masking: the one way outputs show research text",
    ]
    /// Rules read text to find problems in it (personal data, empty fields) and show findings
    /// through the checker's masked snippets.
    static let allowedFolders = ["Sources/BlueprintRules/"]

    @Test("only the model, the redactor and the rules read `.unredacted`")
    func onlyAllowedFilesReadRawText() throws {
        let root = Run.repository
        let sources = root.appendingPathComponent("Sources")
        var readers: [String] = []
        for case let url as URL in FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)! where url.pathExtension == "swift" {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            let text = try String(contentsOf: url, encoding: .utf8)
            guard text.contains(".unredacted") else { continue }
            if Self.allowed[relative] == nil && !Self.allowedFolders.contains(where: relative.hasPrefix) { readers.append(relative) }
        }
        #expect(readers.isEmpty, "read research text raw; show it with Redaction.displayText instead: \(readers.sorted())")
        // The test can fail: the allowed files do read it.
        #expect(try String(contentsOf: sources.appendingPathComponent("BlueprintAnalysis/Redaction.swift"), encoding: .utf8).contains(".unredacted"))
    }

    @Test("interpolating, printing or dumping research text never shows the words")
    func descriptionsHideTheWords() {
        let file = FileID("research/notes/p01.yaml")
        let range = SourceRange(fileID: file, start: .init(line: 7, column: 11), end: .init(line: 7, column: 40))
        let text = ResearchText(Located("ring me on 07700 900123", at: range))
        var dumped = ""
        dump(text, to: &dumped)
        for shown in ["\(text)", String(describing: text), String(reflecting: text), dumped] {
            #expect(!shown.contains("07700"), "\(shown)")
        }
        #expect("\(text)" == "[research text at line 7]")
        #expect(text.unredacted.value == "ring me on 07700 900123")
    }
}
