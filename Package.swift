// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "renstra-lint",
    products: [
        .executable(name: "renstra-lint", targets: ["Lint"]),
        .library(name: "Ingest", targets: ["Ingest"]),
        .library(name: "Rules", targets: ["Rules"]),
        .library(name: "LintKit", targets: ["LintKit"]),
    ],
    targets: [
        .target(name: "Ingest", path: "Sources/Ingest"),
        .target(name: "Rules", dependencies: ["Ingest"], path: "Sources/Rules"),
        .target(name: "LintKit", dependencies: ["Ingest", "Rules"], path: "Sources/LintKit"),
        .executableTarget(name: "Lint", dependencies: ["LintKit", "Ingest", "Rules"], path: "Sources/Lint"),
        .target(name: "TestSupport", dependencies: ["Ingest"], path: "Tests/Support"),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "Rules", "TestSupport"], path: "Tests/IngestTests"),
        .testTarget(name: "RulesTests", dependencies: ["Rules", "Ingest", "TestSupport"], path: "Tests/RulesTests"),
        .testTarget(name: "LintTests", dependencies: ["Lint", "LintKit", "Rules", "Ingest", "TestSupport"], path: "Tests/LintTests"),
    ]
)
