import BlueprintDiagnostics
import BlueprintModel

/// The pages of `blueprint report`, a static site that works offline from `file://`: pure text
/// from the workspace, its findings and diagrams drawn beforehand (`ReportDiagrams`).
/// Research text appears only through `Redaction`; the research page shows IDs and counts.
public enum ReportPages {
    /// A file of the site: its relative path and bytes.
    public typealias File = (path: String, bytes: [UInt8])

    /// Every file of the site, in a stable order: the overview pages, the traces, the
    /// diagnostics, then each blueprint's diagram and page.
    public static func site(_ workspace: Workspace, title: String, sourceFiles: Int, diagnostics: [Diagnostic],
                            diagrams: ReportDiagrams) -> [File] {
        var files: [File] = []
        func add(_ path: String, _ text: String) { files.append((path, Array(text.utf8))) }
        add("index.html", index(workspace, title: title, sourceFiles: sourceFiles, diagnostics: diagnostics))
        add("personas.html", personas(workspace))
        add("stories.html", stories(workspace))
        add("research.html", research(workspace))
        let traced = traces(workspace, diagrams: diagrams)
        files += traced.svgs
        add("traces.html", traced.page)
        add("diagnostics.html", Self.diagnostics(diagnostics))
        for blueprint in workspace.blueprints {
            let id = blueprint.id.value
            let diagram = diagrams.blueprints[id] ?? .unavailable("it was not drawn")
            if case .svg(let svg) = diagram { files.append(("blueprints/\(id).svg", svg)) }
            add("blueprints/\(id).html", page(blueprint, diagram: diagram, in: workspace))
        }
        return files
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
