import BlueprintKit
import BlueprintEmitters
import BlueprintModel
import Foundation
import Testing
import TestSupport

/// The JSON Schema editors use must accept every valid document and reject invalid ones. It is
/// checked with a real validator: Debian's python3-jsonschema and python3-yaml.
@Suite("JSON Schema")
struct SchemaTests {
    static let committed = Run.repository.appendingPathComponent("docs/schema/workspace.schema.json")

    @Test("docs/schema/workspace.schema.json is what 'blueprint schema' prints")
    func committedCopyIsCurrent() throws {
        try expectGolden(JSONSchemaEmitter.schema(), at: Self.committed)
    }

    @Test("docs/KEYS.md is what 'blueprint schema --format markdown' prints")
    func keyReferenceIsCurrent() throws {
        try expectGolden(WorkspaceSchema.markdown(), at: Run.repository.appendingPathComponent("docs/KEYS.md"))
    }

    @Test("the key reference lists every key of every object, and one kind's reference what that kind holds")
    func keyReferenceListsEveryKey() {
        let reference = WorkspaceSchema.markdown()
        for object in Schema.objects {
            #expect(reference.contains(object.kind.map { "## `kind: \($0)`" } ?? "### \(object.name)\n"), "\(object.name)")
            for key in object.keys { #expect(reference.contains("| `\(key)` |"), "\(object.name).\(key)") }
        }
        let blueprint = WorkspaceSchema.markdown(kind: "blueprint")
        #expect(blueprint.contains("### pain point\n") && blueprint.contains("### citation\n"))
        #expect(!blueprint.contains("### story\n") && !blueprint.contains("## `kind: persona`"))
        // Every link points at a heading of the same page.
        for line in reference.split(separator: "\n") where line.contains("](#") {
            for anchor in line.matches(of: /\]\(#([a-z-]+)\)/).map({ String($0.1) }) {
                #expect(reference.contains("### \(anchor.replacingOccurrences(of: "-", with: " "))\n"), "\(anchor)")
            }
        }
    }

    @Test("every document of the example workspace and the starter template is valid")
    func validDocuments() throws {
        let folders = ["blueprints", "templates/starter", "workspace.yaml"].map { Run.repository.appendingPathComponent($0).path }
        let result = try validate(folders)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("valid documents: "))
    }

    @Test("typos, wrong types and out-of-range values are rejected", arguments: [
        "kind: persona\nid: hayley\nname: Hayley\nrole: customer\nquotes: x\n",
        "kind: persona\nid: hayley\nname: Hayley\nrole: citizen\n",
        "kind: blueprint\nid: b\ntitle: B\nstages: [{id: s, name: S, steps: [{id: x, lane: customer, text: T, emotion: 5}]}]\n",
        "kind: blueprint\nid: b\ntitle: B\nstages: [{id: s, name: S, steps: [{id: x, lane: customer, text: T, wait: soon}]}]\n",
        "kind: blueprint\nid: b\ntitle: B\nlanes: [frontstag]\nstages: []\n",
        "kind: blueprint\nid: b\ntitle: B\n",
        "kind: blueprnt\nid: b\n",
    ])
    func invalidDocuments(_ yaml: String) throws {
        let folder = try ScratchFolder()
        let file = try folder.write("bad.yaml", yaml)
        let result = try validate([file.path])
        #expect(result.status == 1, "\(result.output)")
        #expect(result.output.contains("valid documents: 0 of 1"), "\(result.output)")
    }

    /// Runs the validator over YAML files and folders; exit 1 when any document is invalid.
    private func validate(_ paths: [String]) throws -> (status: Int32, output: String) {
        let folder = try ScratchFolder()
        let schema = try folder.write("schema.json", JSONSchemaEmitter.schema())
        let script = try folder.write("validate.py", """
        import json, pathlib, sys
        import jsonschema, yaml
        schema = json.loads(pathlib.Path(sys.argv[1]).read_text())
        validator = jsonschema.Draft202012Validator(schema)
        files = []
        for name in sys.argv[2:]:
            path = pathlib.Path(name)
            files += sorted(path.rglob("*.yaml")) if path.is_dir() else [path]
        bad = 0
        count = 0
        for file in files:
            for document in yaml.safe_load_all(file.read_text()):
                # YAML 1.1 reads 2022-01-31 as a date; editors (YAML 1.2) and our loader read text.
                document = json.loads(json.dumps(document, default=str))
                count += 1
                errors = list(validator.iter_errors(document))
                for error in errors:
                    print(f"{file}: {error.message}")
                bad += bool(errors)
        print(f"valid documents: {count - bad} of {count}")
        sys.exit(1 if bad else 0)
        """)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [script.path, schema.path] + paths
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
