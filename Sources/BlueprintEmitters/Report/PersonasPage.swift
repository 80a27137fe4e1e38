import BlueprintModel

/// The report's persona cards.
extension ReportPages {
    static func personas(_ workspace: Workspace) -> String {
        var body = "<h1>Personas</h1>\n<div class=\"cards\">\n"
        for persona in workspace.personas {
            body += "<section class=\"card\" aria-labelledby=\"\(Escape.html(persona.id.value))\">\n"
            body += "<h2 id=\"\(Escape.html(persona.id.value))\">\(Escape.html(persona.name.shown))</h2>\n"
            var line = persona.role.map { $0.value.rawValue.capitalized } ?? ""
            if let title = persona.title { line += line.isEmpty ? Escape.html(title.shown) : " · " + Escape.html(title.shown) }
            body += "<p><strong>\(line)</strong></p>\n"
            if let summary = persona.summary { body += "<p>\(Escape.html(summary.shown))</p>\n" }
            if let quote = persona.quote { body += "<blockquote>\(Escape.html(quote.shown))</blockquote>\n" }
            for (heading, items) in [("Needs", persona.needs.map(\.text.shown)), ("Positives", persona.positives.map(\.shown)),
                                     ("Negatives", persona.negatives.map(\.shown))] where !items.isEmpty {
                body += "<h3>\(heading)</h3>\n\(HTML.list(items))\n"
            }
            if !persona.attributes.isEmpty {
                body += "<dl>" + persona.attributes.map { "<dt>\(Escape.html($0.name.shown))</dt><dd>\(Escape.html($0.value.shown))</dd>" }.joined() + "</dl>\n"
            }
            body += "</section>\n"
        }
        return HTML.page(title: "Personas", depth: 0, body: body + "</div>\n")
    }
}
