import BlueprintKit
import Emitters
import FuzzerDriver

/// One fuzz input: the bytes of a workspace file. Everything a user's file reaches runs on it:
/// parsing, decoding, every rule, the text/JSON/SARIF reporters and the DOT emitter. Any crash,
/// hang or sanitizer report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    let result = Checker.check([SourceFile(path: "fuzz.yaml", bytes: bytes)])
    for format in ReportFormat.allCases {
        _ = result.diagnostics.report(format: format, result: result)
    }
    for blueprint in result.workspace.blueprints {
        _ = BlueprintDiagram.dot(blueprint, personas: result.workspace.personas)
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
