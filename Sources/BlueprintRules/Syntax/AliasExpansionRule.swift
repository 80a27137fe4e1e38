import BlueprintSyntax

/// Reported by the parser while it expands aliases (`Syntax/YAMLParser.swift`).
struct AliasExpansionRule: DescribedRule {
    static let description = RuleDescription(
        id: SyntaxRuleID.aliasExpansion, name: "alias-expansion-limit", stage: .syntax, severity: .error,
        summary: "Aliases expand to more than 100,000 nodes in one document.",
        rationale: "A few lines of nested anchors and aliases can stand for billions of nodes (the 'billion laughs' attack) and exhaust memory. Anchors and aliases are allowed for reuse, within a hard cap.",
        triggering: [
            Example("""
            kind: persona
            id: bomb
            name: Bomb
            role: customer
            a: &a [x, x, x, x, x, x, x, x, x, x]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
            e: [*d, *d, *d, *d, *d, *d, *d, ↓*d, *d, *d]

            """),
        ],
        nonTriggering: [
            Example("""
            kind: persona
            id: hayley
            name: Hayley
            role: customer
            positives: &liked [Friendly staff]
            negatives: *liked

            """),
        ])
}
