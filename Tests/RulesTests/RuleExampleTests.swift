import BlueprintKit
@testable import BlueprintRules
import Foundation
import Testing
import TestSupport

/// Every rule's documented examples are its tests (the SwiftLint pattern): triggering examples
/// must produce the rule's finding, at the `↓` when there is one; the others must not.
@Suite("Rule examples")
struct RuleExampleTests {
    static let rules = RuleCatalog.descriptions

    @Test("triggering examples produce the finding where the ↓ points", arguments: rules)
    func triggering(_ rule: RuleDescription) {
        for example in rule.triggering {
            let found = check(example).filter { $0.ruleID == rule.id }
            #expect(!found.isEmpty, "\(rule.id) did not trigger on:\n\(example.text)")
            if let marked = example.markedPosition {
                #expect(found.contains { $0.range.start == marked },
                        "\(rule.id) triggered at \(found.map { "\($0.range.start.line):\($0.range.start.column)" }), not at the ↓ (\(marked.line):\(marked.column)) in:\n\(example.text)")
            }
            #expect(found.allSatisfy { $0.severity == rule.severity })
        }
    }

    @Test("non-triggering examples do not produce the finding", arguments: rules)
    func nonTriggering(_ rule: RuleDescription) {
        for example in rule.nonTriggering {
            let found = check(example).filter { $0.ruleID == rule.id }
            #expect(found.isEmpty, "\(rule.id) triggered on:\n\(example.text)\n\(found.map(\.message))")
        }
    }

    @Test("every rule has examples of both kinds, except the file-size limit (tested with a small limit) and unreadable entries (tested on a file system)")
    func everyRuleHasExamples() {
        for rule in Self.rules {
            #expect(!rule.nonTriggering.isEmpty, "\(rule.id) has no non-triggering example")
            if rule.id != "BP007" && rule.id != "BP008" { #expect(!rule.triggering.isEmpty, "\(rule.id) has no triggering example") }
        }
    }

    @Test("rule IDs and names are unique")
    func uniqueIDs() {
        #expect(Set(Self.rules.map(\.id)).count == Self.rules.count)
        #expect(Set(Self.rules.map(\.name)).count == Self.rules.count)
    }

    @Test("docs/RULES.md is what 'blueprint rules --format markdown' prints")
    func rulesDocumentIsCurrent() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../docs/RULES.md").standardizedFileURL
        try expectGolden(RuleDocumentation.markdown(), at: url)
    }

    private func check(_ example: Example) -> [Diagnostic] {
        Checker.check([SourceFile(path: "example.yaml", text: example.text)]).diagnostics
    }
}

extension RuleDescription: CustomTestStringConvertible {
    public var testDescription: String { "\(id) \(name)" }
}

@Suite("Rules at scale")
struct RulesAtScaleTests {
    @Test("a flow chain of 50,000 steps is checked without exhausting the stack, and a cycle at its end is found")
    func longChain() {
        var yaml = "kind: blueprint\nid: long\ntitle: Long\nstages:\n  - id: s\n    name: S\n    steps:\n"
        let count = 50_000
        for index in 0..<count {
            let after = index == 0 ? "[n\(count - 1)]" : "[n\(index - 1)]"
            yaml += "      - {id: n\(index), lane: backstage, text: Step, after: \(after)}\n"
        }
        let result = Checker.check([SourceFile(path: "long.yaml", text: yaml)])
        #expect(result.diagnostics.filter { $0.ruleID == "BP022" }.count == 1)
    }
}
