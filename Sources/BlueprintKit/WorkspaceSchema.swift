import BlueprintEmitters

/// `blueprint schema`: the JSON Schema of the workspace documents, for editors, and the key
/// reference in Markdown (`docs/KEYS.md`).
public enum WorkspaceSchema {
    /// The schema of every kind, or of `kind` alone.
    public static func json(kind: String? = nil) -> String { JSONSchemaEmitter.schema(kind: kind) }

    /// Every key of every kind, or of `kind` and the elements it holds.
    public static func markdown(kind: String? = nil) -> String { KeyReference.markdown(kind: kind) }
}
