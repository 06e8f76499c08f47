import DGLintTestSupport
import Foundation
import Testing

/// The HTML report opened in a real browser: Debian's headless chromium parses it offline and renders it
/// to a picture. Skipped where no browser is installed (`make report-check` installs one).
@Suite struct HTMLReportBrowserTests {
    static let browser: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    @Test(.enabled(if: browser != nil, "no chromium installed; make report-check installs Debian's"))
    func theReportRendersOfflineInABrowser() throws {
        guard let browser = Self.browser else { return }
        try TemporaryFolder.with("dglint-html") { folder in
            let outputs = try folder.makeFolder("outputs")
            let report = folder.path("report.html")
            let check = try CommandRunner.run(
                try CommandRunner.binary(),
                ["check", "--format", "html", "--output", report, "\(CommandRunner.packageRoot)/fixtures/proposals"],
                in: folder.path(""), stdin: "", outputs: outputs, extraEnvironment: [:])
            #expect(check.status == 1, "\(check.stderr)")
            let common = [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,2000",
            ]
            let dom = try CommandRunner.run(
                browser, common + ["--dump-dom", "file://\(report)"], in: folder.path(""), stdin: "",
                outputs: try folder.makeFolder("dom"), extraEnvironment: ["HOME": folder.path("")])
            #expect(dom.status == 0, "\(dom.stderr)")
            #expect(dom.stdout.contains("<svg"), "the charts are inline SVG")
            #expect(dom.stdout.contains("สรุป"), "the Thai summary heading is in the rendered page")
            #expect(dom.stdout.contains("STRUCT-01"))
            let picture = folder.path("report.png")
            let shot = try CommandRunner.run(
                browser, common + ["--screenshot=\(picture)", "file://\(report)"], in: folder.path(""), stdin: "",
                outputs: try folder.makeFolder("shot"), extraEnvironment: ["HOME": folder.path("")])
            #expect(shot.status == 0, "\(shot.stderr)")
            let size = (try? FileManager.default.attributesOfItem(atPath: picture)[.size] as? Int) ?? 0
            #expect(size > 50_000, "a rendered page, not a blank one")
        }
    }
}
