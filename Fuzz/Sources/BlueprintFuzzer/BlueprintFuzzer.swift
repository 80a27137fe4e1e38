import BlueprintKit
import Emitters
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
    return 0
}

/// The program's entry point (see Package.swift): run libFuzzer with our callback.
@_cdecl("BlueprintFuzzer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) }
}
