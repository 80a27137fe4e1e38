import BlueprintSyntax

enum WorkspaceDecoder {
    static func decode(_ node: Node, problems: Problems) -> WorkspaceManifest? {
        guard let fields = Fields(node, what: "workspace", problems: problems) else { return nil }
        let name = fields.required("name", readText)
        let include = fields.optional("include", readList(readText)) ?? []
        fields.finish()
        guard let name else { return nil }
        return WorkspaceManifest(name: name, include: include, range: node.range)
    }
}
