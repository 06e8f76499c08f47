// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// The dglint executable allocates a great many small, short-lived objects — a proposal's nodes, the values its
/// rules compute, its findings — and mimalloc serves them faster than glibc's malloc (`docs/performance.md`,
/// "The allocator"). The Makefile installs Debian's libmimalloc-dev; `DGLINT_SYSTEM_MALLOC=1` builds without it.
let allocator: [LinkerSetting] =
    Context.environment["DGLINT_SYSTEM_MALLOC"] == "1" ? [] : [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]

let package = Package(
    name: "dglint",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "dglint", targets: ["dglint"]),
        .library(name: "DGLintKit", targets: ["DGLintKit"]),
        // The fuzz targets' entry points, for the libFuzzer executables of the separate package Tests/Fuzz.
        .library(name: "DGLintFuzzing", targets: ["DGLintFuzzing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(
            name: "DGLintModel",
            dependencies: [.product(name: "OrderedCollections", package: "swift-collections")],
            swiftSettings: strict
        ),
        .target(
            name: "DGLintYAML",
            dependencies: ["CYAML", "DGLintModel", .product(name: "OrderedCollections", package: "swift-collections")],
            swiftSettings: strict
        ),
        .target(name: "DGLintJSONPath", dependencies: ["DGLintModel"], swiftSettings: strict),
        .target(name: "DGLintRegex", dependencies: ["DGLintModel"], swiftSettings: strict),
        .target(name: "DGLintThai", dependencies: ["DGLintModel"], swiftSettings: strict),
        .target(
            name: "DGLintExpression",
            dependencies: ["DGLintModel", "DGLintJSONPath", "DGLintThai", "DGLintRegex"],
            swiftSettings: strict
        ),
        .target(
            name: "DGLintSchema",
            dependencies: ["DGLintModel", "DGLintRegex"],
            swiftSettings: strict
        ),
        .target(
            name: "DGLintEngine",
            dependencies: [
                "DGLintModel", "DGLintJSONPath", "DGLintThai", "DGLintExpression", "DGLintSchema",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "DGLintFunctions",
            dependencies: [
                "DGLintEngine", "DGLintExpression", "DGLintModel", "DGLintRegex", "DGLintSchema", "DGLintThai",
            ],
            swiftSettings: strict
        ),
        .target(
            name: "DGLintPlugins",
            dependencies: [
                "DGLintEngine", "DGLintModel", "DGLintJSONPath",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            swiftSettings: strict
        ),
        .target(name: "DGLintReporters", dependencies: ["DGLintEngine", "DGLintModel"], swiftSettings: strict),
        .target(
            name: "DGLintKit",
            dependencies: [
                "DGLintEngine", "DGLintFunctions", "DGLintModel", "DGLintYAML", "DGLintJSONPath", "DGLintThai",
                "DGLintPlugins",
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "dglint",
            dependencies: [
                "DGLintKit", "DGLintReporters", "DGLintEngine", "DGLintFunctions", "DGLintModel", "DGLintJSONPath",
                "DGLintYAML", "DGLintSchema",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict,
            linkerSettings: allocator
        ),
        .executableTarget(
            name: "dglint-bench-jsonpath",
            dependencies: ["DGLintJSONPath", "DGLintModel", "DGLintYAML"],
            path: "Sources/dglint-bench-jsonpath"
        ),
        .target(
            name: "DGLintTestSupport",
            dependencies: ["DGLintModel", "DGLintYAML"],
            path: "Tests/DGLintTestSupport",
            swiftSettings: strict
        ),
        .target(
            name: "DGLintFuzzing",
            dependencies: [
                "DGLintEngine", "DGLintExpression", "DGLintFunctions", "DGLintJSONPath", "DGLintModel", "DGLintSchema",
                "DGLintThai", "DGLintYAML",
            ],
            path: "Tests/DGLintFuzzing",
            swiftSettings: strict
        ),
        .testTarget(name: "DGLintModelTests", dependencies: ["DGLintModel", "DGLintTestSupport"]),
        .testTarget(name: "DGLintRegexTests", dependencies: ["DGLintRegex"]),
        .testTarget(name: "DGLintThaiTests", dependencies: ["DGLintThai", "DGLintModel"]),
        .testTarget(name: "DGLintExpressionTests", dependencies: ["DGLintExpression", "DGLintTestSupport", "dglint"]),
        .testTarget(name: "DGLintYAMLTests", dependencies: ["DGLintYAML", "DGLintTestSupport"]),
        .testTarget(name: "DGLintJSONPathTests", dependencies: ["DGLintJSONPath", "DGLintYAML", "DGLintTestSupport"]),
        .testTarget(
            name: "DGLintJSONPathConformanceTests",
            dependencies: ["DGLintJSONPath", "DGLintYAML", "DGLintTestSupport", "dglint"]
        ),
        .testTarget(name: "DGLintSchemaTests", dependencies: ["DGLintSchema", "DGLintYAML", "DGLintTestSupport"]),
        .testTarget(
            name: "DGLintSchemaConformanceTests",
            dependencies: ["DGLintSchema", "DGLintYAML", "DGLintTestSupport", "dglint"]
        ),
        .testTarget(
            name: "DGLintEngineTests",
            dependencies: ["DGLintEngine", "DGLintFunctions", "DGLintYAML", "DGLintTestSupport"]
        ),
        .testTarget(
            name: "DGLintFunctionsTests",
            dependencies: ["DGLintFunctions", "DGLintEngine", "DGLintYAML", "DGLintTestSupport"]
        ),
        .testTarget(
            name: "DGLintReportersTests",
            dependencies: ["DGLintReporters", "DGLintEngine", "DGLintTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "DGLintPluginsTests",
            dependencies: [
                "DGLintPlugins", "DGLintEngine", "DGLintFunctions", "DGLintKit", "DGLintModel", "DGLintTestSupport",
            ]
        ),
        .testTarget(name: "DGLintKitTests", dependencies: ["DGLintKit", "DGLintFuzzing", "DGLintTestSupport"]),
        .testTarget(
            name: "dglintTests",
            dependencies: ["DGLintTestSupport"],
            exclude: ["Scenarios"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
