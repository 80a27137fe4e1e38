import BlueprintSyntax

/// Reported before parsing (`Syntax/YAMLParser.swift`).
struct FileSizeRule: DescribedRule {
    static let description = RuleDescription(
        id: SyntaxRuleID.fileTooLarge, name: "file-size-limit", stage: .syntax, severity: .error,
        summary: "A file is larger than 256 MiB.",
        rationale: "No hand-written workspace file comes near this; a file that large is generated data or a mistake, and reading it would take the memory of the whole machine. Split big generated workspaces into several files.",
        triggering: [],
        nonTriggering: [
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\n",
        ])
}
