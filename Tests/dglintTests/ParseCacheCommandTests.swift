import DGLintTestSupport
import Foundation
import Testing

/// `dglint check` with the parse cache: the second run reads the packs from the cache and reports exactly what
/// the first did; an edited pack, a damaged cache and `DGLINT_NO_CACHE` change nothing but the time taken.
@Suite struct ParseCacheCommandTests {
    @Test func aWarmCacheChangesNothingButTheTimeTaken() throws {
        try TemporaryFolder.with("dglint-cache") { folder in
            let outputs = try folder.makeFolder("outputs")
            let cacheFolder = folder.path("cache")
            _ = try folder.write("packs/demo/pack.yaml", Self.pack(severity: "error"))
            _ = try folder.write("proposal.yaml", "project: {name_th: ระบบ}\n")
            /// The outcome of a check, with the time it took (`(0.03 s)`, which a busy machine changes) masked.
            func check(_ environment: [String: String]) throws -> CommandRunner.Outcome {
                var outcome = try CommandRunner.run(
                    try CommandRunner.binary(),
                    ["check", "--lang", "en", "--rules-path", "packs", "--packs", "demo", "proposal.yaml"],
                    in: folder.path(""), stdin: "", outputs: outputs, extraEnvironment: environment)
                outcome.stdout = outcome.stdout.replacing(#/\(\d+\.\d\d s\)/#, with: "(N.NN s)")
                return outcome
            }
            let cached = ["DGLINT_CACHE_DIR": cacheFolder]
            let uncached = try check(["DGLINT_NO_CACHE": "1"])
            #expect(uncached.stdout.contains("error"), "\(uncached.stdout)\(uncached.stderr)")
            #expect(uncached.stdout.contains("(N.NN s)"), "the time taken is masked: \(uncached.stdout)")
            #expect(!FileManager.default.fileExists(atPath: cacheFolder))

            let cold = try check(cached)
            let entries = try FileManager.default.contentsOfDirectory(atPath: cacheFolder)
            #expect(!entries.isEmpty)
            let warm = try check(cached)
            for run in [cold, warm] {
                #expect(run.status == uncached.status)
                #expect(run.stdout == uncached.stdout)
                #expect(run.stderr == uncached.stderr)
            }

            // The pack changes: the next run sees the new severity.
            _ = try folder.write("packs/demo/pack.yaml", Self.pack(severity: "warning"))
            let edited = try check(cached)
            #expect(edited.status == 0)
            #expect(edited.stdout.contains("warning"), "\(edited.stdout)")
            #expect(edited.stdout == (try check(["DGLINT_NO_CACHE": "1"])).stdout)

            // Every entry damaged: the packs are parsed again, with the same result.
            for entry in try FileManager.default.contentsOfDirectory(atPath: cacheFolder) {
                try Data("not an entry".utf8).write(to: URL(fileURLWithPath: cacheFolder + "/" + entry))
            }
            #expect(try check(cached).stdout == edited.stdout)
        }
    }

    static func pack(severity: String) -> String {
        """
        pack: demo
        version: 1.0.0
        title: {th: ชุดกฎทดลอง, en: A demo pack}
        rules:
          DEMO-01:
            severity: \(severity)
            evidence: inferred
            title: {th: ต้องมีงบประมาณ, en: A budget is required}
            message: {th: "ต้องระบุ {{path}}", en: "{{path}} is required"}
            then: {field: budget, function: defined}

        """
    }
}
