import BlueprintEmitters
import BlueprintModel

/// `blueprint research codebook`: the workspace's codebooks (or one) as one REFI-QDA codebook.
public enum CodebookExport {
    /// The codebook's XML and the notes about what REFI-QDA cannot hold. Throws for an unknown
    /// codebook ID (with a did-you-mean) and for a workspace with no codes at all.
    public static func refiQDA(of workspace: Workspace, codebook: String? = nil) throws(WorkspaceError) -> (xml: String, notes: [String]) {
        var codebooks = workspace.codebooks
        if let codebook {
            codebooks = codebooks.filter { $0.id.value == codebook }
            guard !codebooks.isEmpty else {
                let known = workspace.codebooks.map(\.id.value)
                let hint = Suggestion.didYouMean(codebook, in: known).map { "; \($0)" }
                    ?? (known.isEmpty ? "; the workspace has none" : "; codebooks: \(known.joined(separator: ", "))")
                throw WorkspaceError.unknownElement(kind: "codebook", id: codebook, hint: hint)
            }
        }
        let exported = RefiCodebook(codebooks)
        guard exported.codeCount > 0 else {
            throw WorkspaceError.unusableInput("no themes or tags to export: a REFI-QDA codebook needs at least one code; add a codebook (kind: codebook, see docs/DSL.md)")
        }
        return (exported.xml, exported.notes)
    }
}
