import BlueprintKit
import BlueprintEmitters
import Foundation
import PropertyBased
import Testing
import TestSupport

/// Whatever a file holds, `check` finishes, reports, and says the same thing twice.
@Suite("Robustness")
struct RobustnessTests {
    static let examples: [String] = {
        let folder = Run.repository.appendingPathComponent("blueprints")
        return WorkspaceFiles.yamlFiles(under: folder).compactMap { try? String(contentsOf: $0, encoding: .utf8) }
    }()

    /// Everything the pipeline produces for one file, as text.
    static func everything(_ bytes: [UInt8]) -> String {
        let result = Checker.check([SourceFile(path: "mutated.yaml", bytes: bytes)])
        var output = ReportFormat.allCases.map { result.diagnostics.report(format: $0, result: result) }.joined()
        for blueprint in result.workspace.blueprints {
            output += BlueprintDiagram.dot(blueprint, personas: result.workspace.personas)
        }
        return output
    }

    @Test("random byte edits of the example files never crash the checker, and outputs are byte-identical across runs")
    func mutations() async {
        let file = Gen<Int>.int(in: 0...(Self.examples.count - 1))
        let edit = zip(Gen<Int>.int(in: 0...100_000), Gen<UInt8>.uint8(), Gen<Int>.int(in: 0...3)).array(of: 1...8)
        await propertyCheck(count: 200, input: file, edit) { index, edits in
            var bytes = Array(Self.examples[index].utf8)
            for (position, byte, operation) in edits where !bytes.isEmpty {
                let at = position % bytes.count
                switch operation {
                case 0: bytes[at] = byte
                case 1: bytes.insert(byte, at: at)
                case 2: bytes.remove(at: at)
                default: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 40)], at: at)  // repeat a span
                }
            }
            let first = Self.everything(bytes)
            #expect(!first.isEmpty)
            #expect(Self.everything(bytes) == first)
        }
    }

    @Test("the same workspace gives byte-identical reports and DOT on every run")
    func determinism() throws {
        let files = try WorkspaceFiles.collect([], currentDirectory: Run.repository)
        let sources = try WorkspaceFiles.read(files, currentDirectory: Run.repository)
        func run() -> String {
            let result = Checker.check(sources)
            return ReportFormat.allCases.map { result.diagnostics.report(format: $0, result: result) }.joined()
                + result.workspace.blueprints.map { BlueprintDiagram.dot($0, personas: result.workspace.personas) }.joined()
        }
        let first = run()
        for _ in 0..<3 { #expect(run() == first) }
    }

    @Test("parsing files in parallel gives exactly what parsing them one by one gives")
    func parallelEqualsSequential() async throws {
        let files = try WorkspaceFiles.collect([], currentDirectory: Run.repository)
        var sources = try WorkspaceFiles.read(files, currentDirectory: Run.repository)
        // Files with problems, so order matters for findings too.
        for index in 0..<40 {
            sources.append(SourceFile(path: "extra/\(index).yaml", text: """
            kind: persona
            id: p\(index % 7)
            name: Person \(index)
            role: \(index % 3 == 0 ? "citizen" : "customer")
            quote: "Call me on 0121 496 00\(10 + index)"

            """))
        }
        let sequential = Checker.check(sources)
        let parallel = await Checker.checkConcurrently(sources)
        #expect(parallel.diagnostics == sequential.diagnostics)
        #expect(parallel.workspace.personas == sequential.workspace.personas)
        #expect(parallel.workspace.blueprints == sequential.workspace.blueprints)
        #expect(parallel.diagnostics.report(format: .text, result: parallel) == sequential.diagnostics.report(format: .text, result: sequential))
        #expect(sequential.diagnostics.count > 40)
    }
}
