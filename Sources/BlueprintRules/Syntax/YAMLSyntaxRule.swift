import BlueprintSyntax

/// Reported by the parser (`Syntax/YAMLParser.swift`), with libyaml's problem in plain words.
struct YAMLSyntaxRule: DescribedRule {
    static let description = RuleDescription(
        id: SyntaxRuleID.syntaxError, name: "yaml-syntax", stage: .syntax, severity: .error,
        summary: "The file is not valid YAML.",
        rationale: "Nothing after the error can be read, so the file's documents stop there. The message says what the parser expected; the usual causes are a ': ' inside unquoted text, a line indented differently from its siblings, or an unclosed quote or bracket.",
        triggering: [
            "kind: persona\nid: mr-hamid\nname: Mr Hamid\nsummary: Says↓: nobody calls back\n",
            "kind: persona\nid: hayley\nname: ↓[Hayley\n",
            "kind: persona\nid: hayley\nname: Hayley\n  role↓: customer\n",
        ],
        nonTriggering: [
            "kind: persona\nid: mr-hamid\nname: Mr Hamid\nrole: customer\nsummary: \"Says: nobody calls back\"\n",
        ])
}
