import BlueprintKit
import Foundation
import Testing
import TestSupport

@Suite("Finding a workspace's files")
struct WorkspaceFilesTests {
    static let persona = "kind: persona\nid: hayley\nname: Hayley\nrole: customer\n"

    func layout() throws -> ScratchFolder {
        let folder = try ScratchFolder()
        try folder.write("workspace.yaml", "kind: workspace\nname: Test\ninclude: [blueprints, research]\n")
        try folder.write("blueprints/hayley.yaml", Self.persona)
        try folder.write("blueprints/nested/other.yml", Self.persona.replacingOccurrences(of: "hayley", with: "jake"))
        try folder.write("research/notes.yaml", Self.persona.replacingOccurrences(of: "hayley", with: "joe"))
        try folder.write("templates/starter.yaml", "kind: broken template\n")
        try folder.write("Tests/Fixtures/bad.yaml", "{{{")
        try folder.write("blueprints/.hidden/skip.yaml", "{{{")
        try folder.write("blueprints/readme.md", "not yaml")
        return folder
    }

    func names(_ urls: [URL], in folder: ScratchFolder) -> [String] {
        let base = folder.url.standardizedFileURL.path + "/"
        return urls.map { $0.standardizedFileURL.path.replacingOccurrences(of: base, with: "") }
    }

    @Test("from a subfolder, the workspace.yaml above is found and only its includes load")
    func discovery() throws {
        let folder = try layout()
        let files = try WorkspaceFiles.collect([], currentDirectory: folder.url.appendingPathComponent("blueprints/nested"))
        #expect(names(files, in: folder) == ["blueprints/hayley.yaml", "blueprints/nested/other.yml", "research/notes.yaml", "workspace.yaml"])
    }

    @Test("explicit paths override the workspace")
    func explicitPaths() throws {
        let folder = try layout()
        let files = try WorkspaceFiles.collect(["research", "templates/starter.yaml"], currentDirectory: folder.url)
        #expect(names(files, in: folder) == ["research/notes.yaml", "templates/starter.yaml"])
    }

    @Test("the workspace folder given explicitly loads its includes, not its tests or templates")
    func explicitWorkspaceFolder() throws {
        let folder = try layout()
        let files = try WorkspaceFiles.collect(["."], currentDirectory: folder.url)
        #expect(!names(files, in: folder).contains { $0.hasPrefix("templates") || $0.hasPrefix("Tests") })
    }

    @Test("a missing path, a missing include and no workspace at all are I/O errors")
    func failures() throws {
        let folder = try ScratchFolder()
        #expect(throws: WorkspaceError.self) { try WorkspaceFiles.collect(["nope"], currentDirectory: folder.url) }
        #expect(throws: WorkspaceError.self) { try WorkspaceFiles.collect([], currentDirectory: folder.url) }
        try folder.write("workspace.yaml", "kind: workspace\nname: T\ninclude: [missing]\n")
        #expect(throws: WorkspaceError.self) { try WorkspaceFiles.collect([], currentDirectory: folder.url) }
    }

    @Test("paths in messages are relative to the current folder")
    func displayPaths() throws {
        let folder = try layout()
        let files = try WorkspaceFiles.collect([], currentDirectory: folder.url)
        let sources = try WorkspaceFiles.read(files, currentDirectory: folder.url)
        #expect(sources.map(\.path).contains("blueprints/hayley.yaml"))
    }

    @Test("a folder walk: hidden entries, node_modules and folder links skipped, file links and any case of .yml kept")
    func folderWalk() throws {
        let folder = try ScratchFolder()
        try folder.write("a/one.yaml", Self.persona)
        try folder.write("a/TWO.YML", Self.persona)
        try folder.write("a/.hidden.yaml", "{{{")
        try folder.write("node_modules/pkg/x.yaml", "{{{")
        try folder.write(".build/debug/x.yaml", "{{{")
        try folder.write("elsewhere/linked.yaml", Self.persona)
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.url.appendingPathComponent("a/link.yaml").path,
                                       withDestinationPath: folder.url.appendingPathComponent("elsewhere/linked.yaml").path)
        // A link back up the tree would loop forever if followed.
        try manager.createSymbolicLink(atPath: folder.url.appendingPathComponent("a/loop").path, withDestinationPath: folder.url.path)
        try manager.createSymbolicLink(atPath: folder.url.appendingPathComponent("a/dangling.yaml").path, withDestinationPath: "/nonexistent/x.yaml")
        let files = names(WorkspaceFiles.yamlFiles(under: folder.url), in: folder).sorted()
        #expect(files == ["a/TWO.YML", "a/link.yaml", "a/one.yaml", "elsewhere/linked.yaml"])
    }
}

@Suite("Workspace errors")
struct WorkspaceErrorTests {
    @Test("each case says what went wrong in the words commands have always printed")
    func descriptions() {
        let cases: [(WorkspaceError, String)] = [
            (.noWorkspace(searchedFrom: "/tmp/x"), "no workspace.yaml found in /tmp/x or its parents; name the files or folders to load, or create a workspace.yaml (see docs/DSL.md)"),
            (.cannotLoad(path: "b.yaml", reason: "no such file or folder"), "b.yaml: no such file or folder"),
            (.unknownElement(kind: "blueprint", id: "reprt", hint: "; did you mean 'report'?"), "no blueprint 'reprt' in the workspace; did you mean 'report'?"),
            (.cannotTrace(TraceError(id: "x", kind: nil, suggestion: "y"), advice: "add --all"), "no element 'x' in the workspace; did you mean 'y'?; add --all"),
            (.graphvizFailed(drawing: "blueprint 'b'", message: "syntax error"), "Graphviz could not draw blueprint 'b': syntax error"),
            (.cannotWrite(path: "out.svg", reason: "No space left on device"), "cannot write out.svg: No space left on device"),
            (.cannotReplace(path: "site", reason: "Permission denied"), "cannot replace site: Permission denied"),
        ]
        for (error, message) in cases { #expect(error.description == message) }
    }

    @Test("a missing path and a missing workspace are told apart by case, not by message")
    func cases() throws {
        let folder = try ScratchFolder()
        #expect(throws: WorkspaceError.cannotLoad(path: folder.url.appendingPathComponent("nope").path, reason: "no such file or folder")) {
            try WorkspaceFiles.collect(["nope"], currentDirectory: folder.url)
        }
        #expect(throws: WorkspaceError.noWorkspace(searchedFrom: folder.url.path)) {
            try WorkspaceFiles.collect([], currentDirectory: folder.url)
        }
    }
}
