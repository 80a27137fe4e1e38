import BlueprintDiagnostics

/// `workspace.yaml`: the workspace's name and the folders it includes.
public struct WorkspaceManifest: Sendable, Hashable {
    public var name: Text
    /// Folders relative to the manifest's own folder; empty means the folder itself.
    public var include: [Text]
    public var range: SourceRange
}
