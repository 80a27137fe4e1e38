import Foundation
import Testing
@testable import BlueprintRules

/// `RuleCatalog` is a hand-kept list, so a rule file could be written and never run. This test
/// reads the rule files themselves and fails until every rule they declare is in the catalogue.
@Suite("Rule catalogue")
struct RuleCatalogTests {
    static let rulesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/BlueprintRules").standardizedFileURL

    /// The rule types the sources declare: `struct NameRule: Rule` or `: DescribedRule`.
    static func declaredRules() throws -> [String: String] {
        var declared: [String: String] = [:]
        let pattern = try Regex(#"(?m)^(?:public )?struct (\w+): (?:Rule|DescribedRule)\b"#)
        for case let url as URL in FileManager.default.enumerator(at: rulesFolder, includingPropertiesForKeys: nil)! where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in text.matches(of: pattern) {
                declared[String(match.output[1].substring!)] = url.lastPathComponent
            }
        }
        return declared
    }

    @Test("every rule a file declares is in the catalogue, once, and the catalogue names no other")
    func everyRuleListed() throws {
        let declared = try Self.declaredRules()
        let listed = RuleCatalog.checks.map { String(describing: $0) } + RuleCatalog.pipeline.map { String(describing: $0) }
        #expect(declared.count > 40, "the scan found too few rules: \(declared.keys.sorted())")
        #expect(Set(listed).count == listed.count, "listed twice: \(listed.sorted())")
        let missing = Set(declared.keys).subtracting(listed).sorted()
        #expect(missing.isEmpty, "declared but not in RuleCatalog.checks or .pipeline: \(missing.map { "\($0) (\(declared[$0]!))" })")
        #expect(Set(listed).subtracting(declared.keys).isEmpty)
    }

    @Test("one rule per file, and rule IDs are unique")
    func oneRulePerFile() throws {
        let declared = try Self.declaredRules()
        #expect(Set(declared.values).count == declared.count, "files declaring more than one rule: \(declared)")
        let ids = RuleCatalog.descriptions.map(\.id)
        #expect(Set(ids).count == ids.count)
    }
}
