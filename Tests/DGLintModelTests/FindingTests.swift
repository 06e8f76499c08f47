import DGLintModel
import Testing

@Suite("Findings: fingerprints and report order")
struct FindingTests {
    static func finding(
        rule: String = "DEMO-01", document: Int = 0, line: Int? = 1, column: Int = 1, path: [PathElement] = [],
        message: String = "m"
    ) -> Finding {
        Finding(
            rule: rule, ruleName: "demo", pack: "demo", packVersion: "1.0.0", severity: .error,
            message: LocalizedText(th: message, en: message), file: "p.yaml", document: document, path: path,
            range: line.map { SourceRange(at: SourcePosition(line: $0, column: column, offset: $0 * 100 + column)) },
            fingerprint: "")
    }

    /// Expected digests computed with coreutils:
    /// `printf 'DEMO-01\0p.yaml\0/a/b\0{"x":1,"y":[true,null]}' | sha256sum`.
    @Test("the fingerprint is the first 32 hex digits of SHA-256 over rule, file, pointer and canonical value")
    func fingerprintValue() {
        let value: Value = ["y": [true, nil], "x": 1]
        #expect(
            Finding.fingerprint(rule: "DEMO-01", file: "p.yaml", pointer: "/a/b", value: value)
                == "35d61f6a3c553ba3caa2556e13ebefa9")
        #expect(
            Finding.fingerprint(rule: "DEMO-01", file: "p.yaml", pointer: "/a/b", value: nil)
                == "4545e4cb3caf32237b40377c5016a119")
    }

    @Test("the fingerprint ignores member order and number spelling but nothing else")
    func fingerprintStability() {
        func print(rule: String = "R-1", file: String = "f", pointer: String = "/a", value: Value? = 1) -> String {
            Finding.fingerprint(rule: rule, file: file, pointer: pointer, value: value)
        }
        #expect(print() == print())
        #expect(print(value: 1) == print(value: 1.0))
        #expect(print(value: ["a": 1, "b": [2]]) == print(value: ["b": [2.0], "a": 1]))
        let others = [
            print(rule: "R-2"), print(file: "g"), print(pointer: "/b"), print(value: 2), print(value: nil),
            print(value: .null), print(value: "1"),
        ]
        #expect(Set(others + [print()]).count == others.count + 1)
        // The separators keep the fields apart: moving a character from one field to the next changes it.
        #expect(print(file: "f/", pointer: "a") != print(file: "f", pointer: "/a"))
    }

    @Test("paths as the finding prints them")
    func paths() {
        let finding = Self.finding(path: [.key("a/b"), .index(0), .key("it's")])
        #expect(finding.normalizedPath == #"$['a/b'][0]['it\'s']"#)
        #expect(finding.pointer == "/a~1b/0/it's")
    }

    @Test("only a finding neither waived nor baselined is active")
    func active() {
        var finding = Self.finding()
        #expect(finding.isActive)
        finding.waiver = Finding.Waiver(reason: "approved", approvedBy: "DGA")
        #expect(!finding.isActive)
        finding.waiver = nil
        finding.baselined = true
        #expect(!finding.isActive)
    }

    @Test(
        "report order: document, position, rule, path, message",
        arguments: [
            (Self.finding(document: 0, line: 9), Self.finding(document: 1, line: 1)),
            (Self.finding(line: 2, column: 9), Self.finding(line: 3, column: 1)),
            (Self.finding(line: 2, column: 3), Self.finding(line: 2, column: 4)),
            (Self.finding(line: nil), Self.finding(line: 1)),
            (Self.finding(rule: "A-2"), Self.finding(rule: "B-1")),
            (Self.finding(path: [.key("a")]), Self.finding(path: [.key("b")])),
            (Self.finding(message: "a"), Self.finding(message: "b")),
        ])
    func reportOrder(first: Finding, second: Finding) {
        #expect(Finding.reportOrder(first, second))
        #expect(!Finding.reportOrder(second, first))
        #expect(!Finding.reportOrder(first, first))
        #expect([second, first].sorted(by: Finding.reportOrder) == [first, second])
        #expect(Finding.inReportOrder([second, first]) == [first, second])
        #expect(Finding.inReportOrder([first, second]) == [first, second])
    }

    @Test("in report order: the same as sorting by reportOrder, ties kept in the order given")
    func inReportOrderIsAStableSort() {
        var findings = [
            Self.finding(document: 1, line: 1), Self.finding(line: 2, column: 9), Self.finding(line: 3, column: 1),
            Self.finding(line: nil), Self.finding(rule: "A-2"), Self.finding(rule: "B-1"),
            Self.finding(path: [.key("a")]), Self.finding(path: [.key("b")]), Self.finding(message: "a"),
            Self.finding(message: "b"), Self.finding(line: 2, column: 3),
        ]
        // Findings equal in every part of the order, told apart by their fingerprints.
        for n in 0..<4 {
            var tie = Self.finding(line: 5)
            tie.fingerprint = "tie-\(n)"
            findings.append(tie)
        }
        var seed: UInt64 = 2569
        for _ in 0..<20 {
            for i in findings.indices.reversed() {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                findings.swapAt(i, Int(seed >> 33) % (i + 1))
            }
            let expected = findings.sorted(by: Finding.reportOrder)
            #expect(Finding.inReportOrder(findings) == expected)
            #expect(Finding.inReportOrder(expected) == expected)
        }
    }
}
