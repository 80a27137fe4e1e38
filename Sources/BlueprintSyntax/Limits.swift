/// Hard limits that keep hostile input from exhausting memory or the stack.
public struct ParseLimits: Sendable, Hashable {
    /// The deepest nesting of lists and mappings accepted. Real workspaces nest about 8 deep.
    public var maxDepth: Int
    /// The most nodes that aliases may add to one document by expansion ("billion laughs").
    public var maxAliasExpansion: Int
    /// The largest file read, in bytes.
    public var maxFileBytes: Int

    public init(maxDepth: Int = 64, maxAliasExpansion: Int = 100_000, maxFileBytes: Int = 256 << 20) {
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxFileBytes = maxFileBytes
    }

    public static let standard = ParseLimits()
}
