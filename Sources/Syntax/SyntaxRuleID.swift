/// The IDs of the diagnostics the syntax stage emits. Their descriptions and examples live
/// with the other rules (`Rules/Syntax/`), so `blueprint rules` lists them too.
public enum SyntaxRuleID {
    public static let syntaxError = "BP001"
    public static let duplicateKey = "BP002"
    public static let aliasExpansion = "BP003"
    public static let nestingDepth = "BP004"
    public static let encoding = "BP005"
    public static let emptyFile = "BP006"
    public static let fileTooLarge = "BP007"
}
