import BlueprintSyntax

enum PersonaDecoder {
    static func decode(_ node: Node, problems: Problems) -> Persona? {
        guard let fields = Fields(node, what: "persona", problems: problems) else { return nil }
        let id = fields.required("id", readID)
        let name = fields.required("name", readText)
        let role = fields.required("role", readChoice(Persona.Role.self))
        let persona = Persona(
            id: id ?? Identifier("", at: node.range),
            name: name ?? Text("", at: node.range),
            role: role,
            title: fields.optional("title", readText),
            summary: fields.optional("summary", readText),
            needs: fields.optional("needs", readList(readNeed)) ?? [],
            positives: fields.optional("positives", readList(readText)) ?? [],
            negatives: fields.optional("negatives", readList(readText)) ?? [],
            quote: fields.optional("quote", readText),
            attributes: fields.optional("attributes", readTextMap) ?? [],
            range: node.range)
        fields.finish()
        return id == nil || name == nil ? nil : persona
    }

    /// A need is plain text, or `{id, text}` when stories should be able to address it.
    static func readNeed(_ node: Node, _ what: String, _ problems: Problems) -> Need? {
        if node.scalar != nil {
            return readText(node, what, problems).map { Need(id: nil, text: $0) }
        }
        guard let fields = Fields(node, what: "need", problems: problems) else { return nil }
        let id = fields.optional("id", readID)
        let text = fields.required("text", readText)
        fields.finish()
        return text.map { Need(id: id, text: $0) }
    }
}
