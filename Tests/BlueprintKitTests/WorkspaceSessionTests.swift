import BlueprintKit
import BlueprintEmitters
import Foundation
import PropertyBased
import Testing
import TestSupport

/// `WorkspaceSession` re-checks only what changed, and must say exactly what a full check says.
@Suite("Workspace session")
struct WorkspaceSessionTests {
    /// The example workspace, as `check` loads it.
    static let example: [SourceFile] = {
        let files = (try? WorkspaceFiles.collect([], currentDirectory: Run.repository)) ?? []
        return (try? WorkspaceFiles.read(files, currentDirectory: Run.repository)) ?? []
    }()

    /// Everything a check says that a user or a later stage can see.
    static func shown(_ result: CheckResult) -> String {
        result.diagnostics.report(format: .json, result: result)
            + result.workspace.blueprints.map { BlueprintDiagram.dot($0, personas: result.workspace.personas) }.joined()
            + result.sources.map(\.path).joined(separator: "\n")
    }

    /// One edit of a workspace: which file, what to do, and a position and byte for it.
    static func edit(_ sources: inout [SourceFile], file: Int, operation: Int, position: Int, byte: UInt8) -> (changed: [SourceFile], removed: [String]) {
        let index = file % sources.count
        var bytes = sources[index].bytes
        let at = bytes.isEmpty ? 0 : position % bytes.count
        switch operation {
        case 0:  // change a byte: a typo, an ID that no longer matches
            guard !bytes.isEmpty else { return ([], []) }
            bytes[at] = byte
        case 1:  // break it: a bracket that never closes
            bytes.insert(contentsOf: Array("\n[".utf8), at: at)
        case 2:  // add a file: a copy, so every ID it defines is now defined twice
            let copy = SourceFile(path: "added/\(position % 7)-\(sources[index].path)", bytes: bytes)
            if let existing = sources.firstIndex(where: { $0.path == copy.path }) { sources[existing] = copy } else {
                sources.insert(copy, at: sources.firstIndex { $0.path > copy.path } ?? sources.count)
            }
            return ([copy], [])
        case 3:  // remove a file
            guard sources.count > 1 else { return ([], []) }
            return ([], [sources.remove(at: index).path])
        default:  // put the example's file back
            guard let original = example.first(where: { $0.path == sources[index].path }) else { return ([], []) }
            bytes = original.bytes
        }
        sources[index].bytes = bytes
        return ([sources[index]], [])
    }

    @Test("random sequences of edits (change, break, add, remove, restore): every update says what a full check of the same files says")
    func randomEdits() async {
        let edits = zip(Gen<Int>.int(in: 0...1_000), Gen<Int>.int(in: 0...4), Gen<Int>.int(in: 0...100_000), Gen<UInt8>.uint8()).array(of: 1...6)
        #expect(Self.example.count > 20)
        var session = WorkspaceSession()
        await session.update(Self.example)
        await propertyCheck(count: 12, input: edits, Gen<Bool>.bool()) { edits, wholeSet in
            var sources = Self.example
            // Each run starts from the example as the session last saw it, in either form.
            await session.update(Self.example)
            for (file, operation, position, byte) in edits {
                let (changed, removed) = Self.edit(&sources, file: file, operation: operation, position: position, byte: byte)
                let incremental = wholeSet ? await session.update(sources) : await session.update(changed: changed, removed: removed)
                let full = await Checker.checkConcurrently(sources)
                #expect(incremental.diagnostics == full.diagnostics)
                #expect(Self.shown(incremental) == Self.shown(full))
                #expect(session.sources == sources)
                #expect(session.parsedLastTime <= max(1, changed.count), "only the edited file is parsed again")
            }
        }
    }

    @Test("an unchanged update parses nothing, and a file that could not be loaded is reported as a full check reports it")
    func loadingFindings() async throws {
        var session = WorkspaceSession()
        let loaded = WorkspaceFiles.Loaded(sources: Self.example, diagnostics: [
            Diagnostic(ruleID: "BP008", severity: .warning, message: "file cannot be read", at: SourceRange(file: "gone.yaml", at: SourcePosition(line: 1, column: 1))),
        ])
        let first = await session.update(loaded)
        #expect(session.parsedLastTime == Self.example.count)
        let again = await session.update(loaded)
        #expect(session.parsedLastTime == 0)
        let full = await Checker.checkConcurrently(loaded)
        #expect(first.diagnostics == full.diagnostics)
        #expect(again.diagnostics == full.diagnostics)
        #expect(full.diagnostics.contains { $0.ruleID == "BP008" })
        // Given the file after all, its "cannot be read" finding goes.
        let read = await session.update(changed: [SourceFile(path: "gone.yaml", text: "kind: persona\nid: gone\nname: Gone\n")])
        #expect(!read.diagnostics.contains { $0.ruleID == "BP008" })
    }
}
