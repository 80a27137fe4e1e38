import BlueprintSyntax

/// Reported before parsing (`Syntax/TextCheck.swift`).
struct EncodingRule: DescribedRule {
    static let description = RuleDescription(
        id: SyntaxRuleID.encoding, name: "text-encoding", stage: .syntax, severity: .error,
        summary: "The file is not UTF-8 text: invalid UTF-8, UTF-16, UTF-32, or a binary file.",
        rationale: "Workspace files are UTF-8 YAML. A spreadsheet or image saved with a .yaml name, or a file saved as Latin-1, is reported at the first offending byte instead of being misread.",
        triggering: [
            "↓kind: persona\nid: x\nname: X\u{0}\n",
        ],
        nonTriggering: [
            "kind: persona\nid: jillian-and-jake\nname: Jillian & Jake — “busy”\nrole: customer\n",
        ])
}
