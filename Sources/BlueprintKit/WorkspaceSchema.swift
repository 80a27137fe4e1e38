import BlueprintEmitters

/// `blueprint schema`: the JSON Schema of the workspace documents, for editors.
public enum WorkspaceSchema {
    /// The schema of every kind, or of `kind` alone.
    public static func json(kind: String? = nil) -> String { JSONSchemaEmitter.schema(kind: kind) }
}
