// swift-tools-version: 6.0
import PackageDescription

// One module per pipeline stage: files → Syntax → Model → Rules → Emitters / Reporters.
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
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        // Owns every Graphviz pointer: per-graph ID discipline (reproducible layouts), render, free.
        .target(name: "GraphvizShim", dependencies: ["CGraphviz"]),

        // The benchmark's baseline: a raw libyaml event loop in C over the same bytes.
        .target(name: "YAMLBaseline", dependencies: ["CYAML"]),

        .target(name: "Diagnostics"),
        .target(name: "Syntax", dependencies: ["CYAML", "Diagnostics"]),
        .target(name: "Model", dependencies: ["Syntax", "Diagnostics"]),
        .target(name: "Rules", dependencies: ["Model", "Syntax", "Diagnostics"]),
        .target(name: "Emitters", dependencies: ["Model", "Analysis"]),
        // Coverage, research summaries, sampling, traces, redaction: figures computed from the model.
        .target(name: "Analysis", dependencies: ["Model", "Diagnostics", "Syntax"]),
        .target(name: "Reporters", dependencies: ["Diagnostics"]),
        .target(name: "Graphviz", dependencies: ["GraphvizShim"]),
        .target(
            name: "BlueprintKit",
            dependencies: ["Diagnostics", "Syntax", "Model", "Analysis", "Rules", "Emitters", "Reporters", "Graphviz", "YAMLBaseline"]
        ),
        // `blueprint serve`: the report over HTTP with live reload. Hummingbird stays out of BlueprintKit.
        .target(name: "PreviewServer", dependencies: ["BlueprintKit", "Emitters", .product(name: "Hummingbird", package: "hummingbird"),
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

        .testTarget(name: "SyntaxTests", dependencies: ["Syntax", propertyBased], exclude: ["Fixtures"]),
        .testTarget(name: "ModelTests", dependencies: ["Model", "Syntax"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Emitters", "BlueprintKit", propertyBased], exclude: ["Fixtures"]),
        .testTarget(name: "RulesTests", dependencies: ["Rules", "BlueprintKit", propertyBased]),
        .testTarget(name: "EmittersTests", dependencies: ["Emitters", "BlueprintKit"], exclude: ["Fixtures"]),
        .testTarget(name: "ReportersTests", dependencies: ["Reporters", "BlueprintKit"], exclude: ["Fixtures"]),
        .testTarget(name: "GraphvizTests", dependencies: ["Graphviz"]),
        .testTarget(name: "PreviewServerTests", dependencies: ["PreviewServer", "BlueprintKit"]),
        .testTarget(name: "BlueprintKitTests", dependencies: ["BlueprintKit", propertyBased, swiftCSV], exclude: ["Fixtures"]),
    ]
)
