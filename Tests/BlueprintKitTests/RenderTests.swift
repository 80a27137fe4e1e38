import BlueprintKit
import Foundation
import Testing
import TestSupport

/// Rendering through the real Graphviz, in-process.
@Suite("Rendering blueprints", .serialized)
struct RenderTests {
    static let blueprint = Samples.escapingBlueprint

    static func workspace() -> Workspace {
        Checker.check([SourceFile(path: "r.yaml", text: blueprint)]).workspace
    }

    @Test("SVG is drawn with user text escaped, and is byte-identical on every render in one process")
    func svg() throws {
        let workspace = Self.workspace()
        let first = try BlueprintRenderer.render("report", in: workspace, format: .svg)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains("<svg"))
        #expect(text.contains("Logs it"))
        #expect(!text.contains("<script>"))
        #expect(!text.contains("</text><script>"))
        for _ in 0..<3 {
            #expect(try BlueprintRenderer.render("report", in: workspace, format: .svg) == first)
        }
    }

    @Test("PNG and PDF have their file signatures")
    func binaryFormats() throws {
        let workspace = Self.workspace()
        #expect(try BlueprintRenderer.render("report", in: workspace, format: .png).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try BlueprintRenderer.render("report", in: workspace, format: .pdf).starts(with: Array("%PDF".utf8)))
    }

    @Test("an unknown blueprint gets a did-you-mean")
    func unknown() {
        #expect(throws: WorkspaceError.unknownElement(kind: "blueprint", id: "reprt", hint: "; did you mean 'report'?")) {
            try BlueprintRenderer.render("reprt", in: Self.workspace(), format: .svg)
        }
    }
}
