import BlueprintSyntax

/// Reported by the parser for a file with no document, and by the decoder for an empty one.
struct EmptyFileRule: DescribedRule {
    static let description = RuleDescription(
        id: SyntaxRuleID.emptyFile, name: "empty-document", stage: .syntax, severity: .error,
        summary: "A file or document is empty where a document with a 'kind' is required.",
        rationale: "An empty file in a workspace is usually an unsaved or truncated one; saying so beats loading nothing in silence.",
        triggering: [
            "↓# only a comment\n",
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\n↓---\n",
        ],
        nonTriggering: [
            "# Hayley\nkind: persona\nid: hayley\nname: Hayley\nrole: customer\n",
        ])
}
