import BlueprintKit
import Foundation
import Testing
import TestSupport

/// The outside data sets of user stories (../shared/datasets/user-stories, beside the
/// repository): backlogs written by others, and AQUSA's report on one of them.
enum StoryDatasets {
    /// The nearest `shared/datasets/user-stories` folder above the repository, if any.
    static let folder: URL? = {
        var folder = Run.repository
        while folder.path != "/" {
            folder.deleteLastPathComponent()
            let candidate = folder.appendingPathComponent("shared/datasets/user-stories")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("g14.txt").path) { return candidate }
        }
        return nil
    }()

    static var available: Bool { folder != nil }

    /// Imports a data set and checks it: the stories, the findings and the story at each line.
    static func check(_ name: String) throws -> (StoryImport, CheckResult) {
        let url = try #require(folder).appendingPathComponent(name)
        let imported = try StoryImporter.read(Array(try Data(contentsOf: url)), name: name)
        return (imported, Checker.check([SourceFile(path: "\(name).yaml", text: imported.yaml)]))
    }

    /// AQUSA's findings: story text and defect kind ("atomic", "minimal", "unique" …) per row.
    static func aqusaFindings(_ name: String) throws -> [(story: String, kind: String)] {
        let html = try String(contentsOf: try #require(folder).appendingPathComponent(name), encoding: .utf8)
        let row = #/<tr><td>\d+</td><td>(?<story>[^<]*)</td><td>(?<kind>[a-z_-]+)</td>/#
        return html.matches(of: row).map { match in
            let story = String(match.output.story).replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&amp;", with: "&").trimmingCharacters(in: .whitespaces)
            return (story, String(match.output.kind))
        }
    }
}

@Suite("Story rules on outside data sets", .enabled(if: StoryDatasets.available, "../shared/datasets/user-stories is not beside the repository"))
struct StoryDatasetTests {
    /// The quality criterion of each of our rules, in AQUSA's words.
    static let aqusaKinds = ["BP041": "atomic", "BP042": "minimal", "BP046": "unique"]

    @Test("g14: every story AQUSA flags as atomic, minimal or unique, we flag with the same criterion")
    func g14AgainstAQUSA() throws {
        let (imported, result) = try StoryDatasets.check("g14.txt")
        #expect(imported.leftOut.isEmpty)
        #expect(result.workspace.stories.count == 67)
        let aqusa = try StoryDatasets.aqusaFindings("g14.aqusa-report.html")
        #expect(aqusa.count == 9)
        #expect(aqusa.filter { $0.kind == "atomic" }.count == 7)
        for (story, kind) in aqusa {
            let ours = try #require(result.workspace.stories.first { $0.text.value == story }, "AQUSA's story is not in g14.txt: \(story)")
            let found = result.diagnostics.filter { $0.range.start.line == ours.text.range.start.line && Self.aqusaKinds[$0.ruleID] == kind }
            #expect(!found.isEmpty, "AQUSA flags '\(ours.id.value)' as \(kind); we do not")
        }
    }

    @Test("g09 and g14 import in full and load with no errors")
    func importInFull() throws {
        for (name, count) in [("g09.txt", 85), ("g14.txt", 67)] {
            let (imported, result) = try StoryDatasets.check(name)
            #expect(imported.stories.count == count, "\(name)")
            #expect(!result.diagnostics.hasErrors, "\(name): \(result.diagnostics.filter { $0.severity == .error }.map(\.message))")
        }
    }
}
