// swift-tools-version: 6.0
import PackageDescription

// One module per pipeline stage: files → Syntax → Model → Rules → Emitters / Reporters, each
// named Blueprint… so that a client's own `Model` or `Syntax` target never clashes with ours.
// System libraries (libyaml, Graphviz) are wrapped in their own small targets so the rest
// of the code never touches a C pointer.
let propertyBased: Target.Dependency = .product(name: "PropertyBased", package: "swift-property-based")
// Tests only: a real CSV reader to prove the Jira export parses back.
let swiftCSV: Target.Dependency = .product(name: "SwiftCSV", package: "SwiftCSV")

let package = Package(
    name: "ServiceBlueprint",
    products: [
        .library(name: "BlueprintKit", targets: ["BlueprintKit"]),
        .executable(name: "blueprint", targets: ["blueprint"]),
        .executable(name: "blueprint-bench", targets: ["blueprint-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
        // Only `blueprint serve` uses it, through PreviewServer: the library stays light.
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.0"),
        // PreviewServer only: connection limits and idle timeouts are configured in these types.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV.git", from: "0.10.0"),
    ],
    targets: [
        // C system libraries, found with pkg-config.
        .systemLibrary(name: "CBlueprintYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CBlueprintGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        // Owns every Graphviz pointer: per-graph ID discipline (reproducible layouts), render, free.
        .target(name: "BlueprintGraphvizShim", dependencies: ["CBlueprintGraphviz"]),

        // The benchmark's baseline: a raw libyaml event loop in C over the same bytes.
        .target(name: "YAMLBaseline", dependencies: ["CBlueprintYAML"]),

        .target(name: "BlueprintDiagnostics"),
        .target(name: "BlueprintSyntax", dependencies: ["CBlueprintYAML", "BlueprintDiagnostics"]),
        .target(name: "BlueprintModel", dependencies: ["BlueprintSyntax", "BlueprintDiagnostics"]),
        .target(name: "BlueprintRules", dependencies: ["BlueprintModel", "BlueprintSyntax", "BlueprintDiagnostics"]),
        .target(name: "BlueprintEmitters", dependencies: ["BlueprintModel", "BlueprintAnalysis"]),
        // Coverage, research summaries, sampling, traces, redaction: figures computed from the model.
        .target(name: "BlueprintAnalysis", dependencies: ["BlueprintModel", "BlueprintDiagnostics", "BlueprintSyntax"]),
        // Importers: another tool's file (bytes) → a workspace document (YAML text), pure; and the CSV reader.
        .target(name: "BlueprintImport", dependencies: ["BlueprintModel", "BlueprintSyntax", "BlueprintDiagnostics"]),
        .target(name: "BlueprintReporters", dependencies: ["BlueprintDiagnostics"]),
        .target(name: "BlueprintGraphviz", dependencies: ["BlueprintGraphvizShim"]),
        .target(
            name: "BlueprintKit",
            dependencies: ["BlueprintDiagnostics", "BlueprintSyntax", "BlueprintModel", "BlueprintAnalysis", "BlueprintImport", "BlueprintRules", "BlueprintEmitters", "BlueprintReporters", "BlueprintGraphviz"]
        ),
        // The benchmark: the workspace generator and `bench`, kept out of BlueprintKit so no client
        // links the baseline.
        .target(name: "BlueprintBenchmark", dependencies: ["BlueprintKit", "BlueprintSyntax", "BlueprintModel", "BlueprintRules",
                                                       "BlueprintEmitters", "BlueprintGraphviz", "YAMLBaseline"]),
        // `blueprint serve`: the report over HTTP with live reload. Hummingbird stays out of BlueprintKit.
        .target(name: "PreviewServer", dependencies: ["BlueprintKit", "BlueprintEmitters", .product(name: "Hummingbird", package: "hummingbird"),
                                                  .product(name: "HummingbirdCore", package: "hummingbird"),
                                                  .product(name: "NIOCore", package: "swift-nio"),
                                                  .product(name: "HTTPTypes", package: "swift-http-types"),
                                                  .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")]),
        .executableTarget(
            name: "blueprint",
            dependencies: [
                "BlueprintKit",
                "PreviewServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "blueprint-bench",
            dependencies: ["BlueprintBenchmark", "BlueprintKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // What several test targets share, once: golden files, running the built `blueprint`, scratch
        // folders. It depends on nothing of ours, so SyntaxTests stays as light as BlueprintSyntax.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SyntaxTests", dependencies: ["BlueprintSyntax", "TestSupport", propertyBased], exclude: ["Fixtures"]),
        .testTarget(name: "ModelTests", dependencies: ["BlueprintModel", "BlueprintSyntax"]),
        .testTarget(name: "AnalysisTests", dependencies: ["BlueprintAnalysis", "BlueprintEmitters", "BlueprintKit", "TestSupport", propertyBased], exclude: ["Fixtures"]),
        .testTarget(name: "ImportTests", dependencies: ["BlueprintImport", "BlueprintEmitters", "TestSupport"]),
        .testTarget(name: "RulesTests", dependencies: ["BlueprintRules", "BlueprintKit", "TestSupport", propertyBased]),
        .testTarget(name: "EmittersTests", dependencies: ["BlueprintEmitters", "BlueprintKit", "TestSupport", swiftCSV], exclude: ["Fixtures"]),
        .testTarget(name: "ReportersTests", dependencies: ["BlueprintReporters", "BlueprintKit", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "GraphvizTests", dependencies: ["BlueprintGraphviz"]),
        .testTarget(name: "PreviewServerTests", dependencies: ["PreviewServer", "BlueprintKit"]),
        .testTarget(name: "BlueprintBenchmarkTests", dependencies: ["BlueprintBenchmark", "BlueprintKit"]),
        .testTarget(name: "BlueprintKitTests", dependencies: ["BlueprintKit", "BlueprintAnalysis", "TestSupport", propertyBased, swiftCSV], exclude: ["Fixtures"]),
        // Tests whose subject is the command line: they run the built `blueprint` and check its exit
        // status, stdout, stderr and the files it writes.
        .testTarget(name: "CLITests", dependencies: ["BlueprintKit", "TestSupport"], exclude: ["Fixtures"]),
    ]
)
