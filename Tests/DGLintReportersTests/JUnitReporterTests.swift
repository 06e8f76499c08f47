import DGLintEngine
import DGLintModel
import DGLintReporters
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct JUnitReporterTests {
    @Test(arguments: [Language.th, .en])
    func junitGolden(_ language: Language) throws {
        let out = ReportFixtures.review(.junit, language)
        assertGolden(out, "junit-\(language.rawValue).xml")
        let parsed = try #require(JUnitTree(out))
        #expect(parsed.root?.name == "testsuites")
    }

    @Test func suitesHaveOneDistinctlyNamedCasePerRule() throws {
        let tree = try #require(JUnitTree(ReportFixtures.review(.junit, .en)))
        let root = try #require(tree.root)
        #expect(root.attributes["tests"] == "45" && root.attributes["failures"] == "9")
        #expect(root.attributes["skipped"] == "2" && root.attributes["errors"] == "0")
        let suites = root.children.filter { $0.name == "testsuite" }
        #expect(suites.map { $0.attributes["name"] } == ReportFixtures.reviewFiles.map(\.file))
        for suite in suites {
            let names = suite.children.filter { $0.name == "testcase" }.map { $0.attributes["name"] ?? "" }
            #expect(Set(names).count == names.count)
            #expect(suite.attributes["tests"] == String(names.count))
        }
        // 11 rules less the two input checks that did not fire; DOCS-03 is in the run, so no extra case.
        let appointments = suites[0].children.filter { $0.name == "testcase" }
        #expect(appointments.count == 11)
        let rationale = try #require(appointments.first { $0.attributes["name"] == "STRUCT-01 rationale-present" })
        #expect(rationale.attributes["classname"] == "proposal")
        let failure = try #require(rationale.children.first)
        #expect(failure.name == "failure" && failure.attributes["type"] == "error")
        #expect(failure.text == "proposals/appointments.yaml:5:3: error: A rationale must be given")
        let tags = try #require(appointments.first { $0.attributes["name"] == "TAGS-02 no-empty-tags" })
        #expect(tags.children.first?.name == "skipped")
        #expect(tags.children.first?.attributes["message"] == "waived: แท็กว่างจะลบในฉบับถัดไป")
        let objectives = try #require(appointments.first { $0.attributes["name"] == "STRUCT-02 objectives-present" })
        #expect(objectives.children.isEmpty)
    }

    @Test func aFileThatDidNotParseHasOnlyItsInputCheck() throws {
        let tree = try #require(JUnitTree(ReportFixtures.review(.junit, .en)))
        let broken = try #require(tree.root?.children.first { $0.attributes["name"] == "proposals/broken.yaml" })
        let cases = broken.children.filter { $0.name == "testcase" }
        #expect(cases.map { $0.attributes["name"] } == ["INPUT-02 invalid-yaml"])
        #expect(cases.first?.attributes["classname"] == "dglint")
    }

    @Test func markupInMessagesAndNamesIsEscaped() throws {
        let out = ReportFixtures.review(.junit, .en)
        #expect(!out.contains("<script>"))
        let tree = try #require(JUnitTree(out))
        let hostile = try #require(tree.root?.children.first { $0.attributes["name"] == ReportFixtures.hostileFile })
        let markup = try #require(hostile.children.first { $0.attributes["name"] == "HTML-01 no-markup" })
        let failure = try #require(markup.children.first)
        #expect(
            failure.attributes["message"] == "The title holds <script>alert('x')</script> | not allowed\nplease fix")
    }

    @Test func anEmptyRunIsAnEmptyRoot() {
        let out = ReportFixtures.review(.junit, .en, files: [])
        #expect(out.hasSuffix("<testsuites name=\"dglint\" tests=\"0\" failures=\"0\" errors=\"0\" skipped=\"0\"/>\n"))
        #expect(JUnitTree(out) != nil)
    }
}

/// A JUnit document read back with Foundation's `XMLParser`, which fails on anything not well-formed.
final class JUnitTree: NSObject, XMLParserDelegate {
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        var text = ""

        init(_ name: String, _ attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }
    }

    private(set) var root: Element?
    private var stack: [Element] = []

    /// The parsed document, or nil when `xml` is not well-formed.
    init?(_ xml: String) {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        guard parser.parse() else { return nil }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        let element = Element(name, attributes)
        if let parent = stack.last { parent.children.append(element) } else { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }
}
