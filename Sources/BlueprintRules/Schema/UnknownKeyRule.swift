import BlueprintModel

/// Reported by the decoders (`Model/Decoding/Fields.swift`); merge keys by the parser
/// (`Syntax/YAMLParser.swift`), in any mapping.
struct UnknownKeyRule: DescribedRule {
    static let description = RuleDescription(
        id: SchemaRuleID.unknownKey, name: "unknown-key", stage: .schema, severity: .error,
        summary: "A key that this kind of element does not have.",
        rationale: "A misspelt key ('stpes') would silently lose everything under it. The help suggests the closest known key, or lists the keys the element has. YAML 1.1 merge keys (`<<: *base`) are not supported (YAML 1.2 dropped them): write the keys out.",
        triggering: [
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\n↓quotes: I just want an answer\n",
            // YAML 1.1 merge keys get their own message: write the keys out.
            "kind: persona\nid: hayley\nname: Hayley\n↓<<: {role: customer}\n",
        ],
        nonTriggering: [
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\nquote: I just want an answer\n",
        ])
}
