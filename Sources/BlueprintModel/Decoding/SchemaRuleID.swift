/// The IDs of the diagnostics the decoders emit; described with examples in `Rules/Schema/`.
public enum SchemaRuleID {
    public static let unknownKind = "BP010"
    public static let missingKey = "BP011"
    public static let wrongType = "BP012"
    public static let unknownKey = "BP013"
    public static let invalidValue = "BP014"
}
