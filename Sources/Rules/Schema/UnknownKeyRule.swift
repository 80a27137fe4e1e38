import Model

/// Reported by the decoders (`Model/Decoding/Fields.swift`).
public struct UnknownKeyRule: DescribedRule {
    public static let description = RuleDescription(
        id: SchemaRuleID.unknownKey, name: "unknown-key", stage: .schema, severity: .error,
        summary: "A key that this kind of element does not have.",
        rationale: "A misspelt key ('stpes') would silently lose everything under it. The help suggests the closest known key, or lists the keys the element has.",
        triggering: [
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\n↓quotes: I just want an answer\n",
        ],
        nonTriggering: [
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\nquote: I just want an answer\n",
        ])
}
