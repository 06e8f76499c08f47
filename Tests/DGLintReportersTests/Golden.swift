import Foundation
import Testing

/// Compares `actual` with the golden file `Golden/<name>`, exactly.
///
/// With `RECORD_SNAPSHOTS=1` in the environment it writes `actual` to the file instead and records an
/// issue, so a recording run always fails and cannot be left switched on by accident.
func assertGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = goldenURL(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        do {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("Recorded \(name); unset RECORD_SNAPSHOTS and run again.", sourceLocation: sourceLocation)
        } catch {
            Issue.record("Could not record \(name): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record(
            "No golden file \(name); run with RECORD_SNAPSHOTS=1 to record it.", sourceLocation: sourceLocation)
        return
    }
    guard actual != expected else { return }
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let line = zip(actualLines, expectedLines).prefix { $0 == $1 }.count
    let got = line < actualLines.count ? String(actualLines[line]) : "<end>"
    let wanted = line < expectedLines.count ? String(expectedLines[line]) : "<end>"
    Issue.record(
        "\(name) differs at line \(line + 1):\n  expected: \(wanted)\n  actual:   \(got)\n--- actual ---\n\(actual)",
        sourceLocation: sourceLocation
    )
}

/// The URL of `Golden/<name>` beside this file.
func goldenURL(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
        .appendingPathComponent(name).standardizedFileURL
}
