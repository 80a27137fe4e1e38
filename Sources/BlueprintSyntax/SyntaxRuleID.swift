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
    /// Something under the workspace that cannot be loaded (reported by `WorkspaceFiles`).
    public static let unreadableEntry = "BP008"
    /// An alias repeating an element with an ID: the duplicate-ID rule's finding, found here
    /// because the copy carries the very same source range as the original.
    public static let aliasedElement = "BP020"
    /// A YAML 1.1 merge key (`<<`): reported as an unknown key, with its own message.
    public static let mergeKey = "BP013"
}
