import BlueprintKit
import BlueprintEmitters
import Foundation
import FuzzerDriver

/// One fuzz input: the bytes of a workspace file. Everything a user's file reaches runs on it:
/// parsing, decoding, every rule, the text/JSON/SARIF reporters, the DOT emitter, and the
/// figures and exports of stories and research (coverage, backlog formats, research summary,
/// trace graph and its diagram). Any crash, hang or sanitizer report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    let result = Checker.check([SourceFile(path: "fuzz.yaml", bytes: bytes)])
    for format in ReportFormat.allCases {
        _ = result.diagnostics.report(format: format, result: result)
    }
    let workspace = result.workspace
    for blueprint in workspace.blueprints {
        _ = BlueprintDiagram.dot(blueprint, personas: workspace.personas)
    }
    for format in CoverageReport.Format.allCases { _ = CoverageReport.render(Coverage(workspace), format: format) }
    for format in BacklogFormat.allCases { _ = BacklogExport.files(workspace, format: format) }
    for format in ResearchSummaryReport.Format.allCases { _ = try? ResearchSummaryReport.render(workspace, format: format) }
    if let trace = try? Tracing.trace(nil, in: workspace) {
        _ = Tracing.text(trace)
        _ = Tracing.json(trace)
        _ = TraceDiagram.dot(trace)
    }
    fuzzOutputPolicy(bytes)
    return 0
}

/// A small workspace on disk for the output policy: a root, a loaded folder, two inputs, a
/// symlink to one of them, a FIFO and an unrelated full folder. Made once per process.
let policySandbox: (root: String, inputs: OutputPolicy.Inputs) = {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("blueprint-fuzz-\(getpid())").path
    let manager = FileManager.default
    try? manager.createDirectory(atPath: root + "/ws/blueprints", withIntermediateDirectories: true)
    try? manager.createDirectory(atPath: root + "/full", withIntermediateDirectories: true)
    manager.createFile(atPath: root + "/ws/workspace.yaml", contents: Data("kind: workspace\nname: F\n".utf8))
    manager.createFile(atPath: root + "/ws/blueprints/a.yaml", contents: Data("kind: persona\n".utf8))
    manager.createFile(atPath: root + "/full/notes.txt", contents: Data("x".utf8))
    try? manager.createSymbolicLink(atPath: root + "/ws/link", withDestinationPath: "blueprints/a.yaml")
    try? manager.createSymbolicLink(atPath: root + "/ws/up", withDestinationPath: "..")
    mkfifo(root + "/ws/pipe", 0o600)
    let inputs = OutputPolicy.Inputs(files: [root + "/ws/workspace.yaml", root + "/ws/blueprints/a.yaml"],
                                     folders: [root + "/ws", root + "/ws/blueprints"])
    return (root, inputs)
}()

/// The output-path policy on every line of the input taken as a path, as a file and as a
/// folder: it must never crash, and never allow a path that is, or (for a folder) holds, an input.
func fuzzOutputPolicy(_ bytes: [UInt8]) {
    let (root, inputs) = policySandbox
    for line in bytes.prefix(4096).split(separator: 0x0A).prefix(16) {
        let path = String(decoding: line, as: UTF8.self)
        for target in [OutputPolicy.Target.file, .folder] {
            let allowed: String
            switch OutputPolicy.decide(path, as: target, inputs: inputs, currentDirectory: root + "/ws") {
            case .file(let real), .stream(let real), .folder(let real): allowed = real
            case .standardOutput, .refused: continue
            }
            // Checked again with the system's own resolution of what exists.
            let system = realpath(allowed, nil).map { pointer -> String in defer { free(pointer) }; return String(cString: pointer) } ?? allowed
            for candidate in [allowed, system] {
                precondition(!inputs.files.contains(candidate), "the policy allowed writing over an input: \(path)")
                let prefix = candidate.hasSuffix("/") ? candidate : candidate + "/"
                precondition(!(inputs.files + inputs.folders).contains { $0 == candidate || $0.hasPrefix(prefix) },
                             "the policy allowed replacing a folder that holds an input: \(path)")
            }
        }
    }
}

/// The program's entry point (see Package.swift): run libFuzzer with our callback.
@_cdecl("BlueprintFuzzer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) }
}
