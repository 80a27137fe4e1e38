import BlueprintSyntax

/// Reported by the parser when a list or mapping opens too deep (`Syntax/YAMLParser.swift`).
struct NestingDepthRule: DescribedRule {
    static let description = RuleDescription(
        id: SyntaxRuleID.nestingDepth, name: "nesting-depth", stage: .syntax, severity: .error,
        summary: "Lists and mappings nest more than 64 levels deep.",
        rationale: "Workspace documents need about eight levels. Deeper nesting is a mistake or an attack on the stack of any program that walks the tree, so reading stops there.",
        triggering: [
            Example("kind: persona\nid: deep\nname: Deep\nrole: customer\nattributes: " + String(repeating: "[", count: 63) + "↓[x" + String(repeating: "]", count: 64) + "\n"),
        ],
        nonTriggering: [
            "kind: persona\nid: flat\nname: Flat\nrole: customer\nattributes: {age band: 65+}\n",
        ])
}
