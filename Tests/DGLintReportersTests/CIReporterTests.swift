import DGLintEngine
import DGLintModel
import Foundation
import Testing

@testable import DGLintReporters

@Suite struct GitHubReporterTests {
    @Test(arguments: [Language.th, .en])
    func githubGolden(_ language: Language) {
        assertGolden(ReportFixtures.review(.github, language), "github-\(language.rawValue).txt")
    }

    @Test func commandsAreEscapedAsTheRunnerExpects() {
        let out = ReportFixtures.review(.github, .en)
        let lines = out.split(separator: "\n")
        #expect(lines.count == 12)  // two lines of audit stamp, nine active findings and the summary
        #expect(
            lines.contains(
                "::error file=กรมทดสอบ/ข้อเสนอ%3A 50%25%2C ใหม่.yaml,line=2,col=10,endLine=2,endColumn=39,"
                    + "title=HTML-01::The title holds <script>alert('x')</script> | not allowed%0Aplease fix"))
        #expect(
            lines.contains(
                "::error file=proposals/appointments.yaml,title=BUDGET-04::A quarterly spending plan (budget.quarters) is required"
            ))
        #expect(lines.contains { $0.hasPrefix("::notice file=proposals/appointments.yaml,line=11,") })
        #expect(!out.contains("TAGS-02") && !out.contains("BUDGET-01"))
        #expect(GitHubReporter.escape("50%\r\n:,", property: false) == "50%25%0D%0A:,")
        #expect(GitHubReporter.escape("50%\r\n:,", property: true) == "50%25%0D%0A%3A%2C")
        #expect(GitHubReporter.escape("a\u{1B}[2Jb", property: false) == "a\u{FFFD}[2Jb")
    }
}

@Suite struct GitLabReporterTests {
    @Test(arguments: [Language.th, .en])
    func gitlabGolden(_ language: Language) {
        assertGolden(ReportFixtures.review(.gitlab, language), "gitlab-\(language.rawValue).json")
    }

    @Test func issuesHaveTheFieldsGitLabRequires() throws {
        let out = ReportFixtures.review(.gitlab, .en)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]])
        #expect(issues.count == 9)
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == 9)
        #expect(
            issues.compactMap { $0["severity"] as? String } == [
                "critical", "minor", "major", "critical", "info", "major", "critical", "major", "critical",
            ])
        for issue in issues {
            let location = try #require(issue["location"] as? [String: Any])
            #expect(location["path"] is String)
            #expect((location["lines"] as? [String: Any])?["begin"] is Int)
            #expect(issue["description"] is String && issue["check_name"] is String)
        }
        #expect(ReportFixtures.review(.gitlab, .en, files: []) == "[]\n")
    }
}

@Suite struct ReportFormatTests {
    @Test func everyFormatHasItsNameAndReporter() {
        #expect(
            ReportFormat.allCases.map(\.rawValue) == [
                "text", "json", "sarif", "junit", "csv", "markdown", "html", "github", "gitlab",
            ])
        for format in ReportFormat.allCases {
            let first = ReportFixtures.review(format, .th)
            #expect(!first.isEmpty)
            #expect(first == ReportFixtures.review(format, .th), "\(format) is deterministic")
        }
    }
}
