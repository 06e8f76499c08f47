// swift-tools-version: 5.4
// Tools version 5.4 on purpose: from 5.5 on, SwiftPM renames an executable's `main` for testable executables
// (`--defsym main=<module>_main`), which clashes with the `main` that libFuzzer links in.
import PackageDescription

/// libFuzzer executables, one per entry point of `DGLintFuzzing` (in the root package), built by
/// `scripts/fuzz.sh` (`make fuzz`) only, never by the root package's `swift build`; see docs/fuzzing.md. The
/// script passes `-sanitize=fuzzer` and AddressSanitizer to every module, so the libraries are instrumented too.
let names = ["yaml", "jsonpath", "expression", "schema", "pack"]

let package = Package(
    name: "dglint-fuzz",
    dependencies: [.package(name: "dglint", path: "../..")],
    targets: names.map { name in
        .executableTarget(
            name: "fuzz-\(name)",
            dependencies: [.product(name: "DGLintFuzzing", package: "dglint")],
            path: "Sources/fuzz-\(name)",
            // The file defines LLVMFuzzerTestOneInput only; libFuzzer brings `main`.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    }
)
