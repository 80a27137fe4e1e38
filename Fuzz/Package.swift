// swift-tools-version: 6.0
import PackageDescription

// A libFuzzer target for the loader, the checker and the emitters. It lives in its own package
// because it is built with -sanitize=fuzzer and -parse-as-library: SwiftPM names an executable's
// entry point <Target>_main, so the fuzzer defines that and hands over to libFuzzer's driver.
// Run it with Fuzz/run.sh.
let package = Package(
    name: "BlueprintFuzzing",
    dependencies: [.package(name: "ServiceBlueprint", path: "..")],
    targets: [
        .target(name: "FuzzerDriver"),
        .executableTarget(
            name: "BlueprintFuzzer",
            dependencies: ["FuzzerDriver", .product(name: "BlueprintKit", package: "ServiceBlueprint")]
        ),
    ]
)
