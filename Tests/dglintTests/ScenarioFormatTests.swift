import Testing

/// The scenario harness itself: parsing, writing back, and splitting command lines.
@Suite struct ScenarioFormatTests {
    static let sample = """
        # name: a sample
        # more words

        ## command
        dglint query '$.a b' -

        ## file: dir/p.yaml
        a: 1

        b: 2

        ## stdin
        x: 1
        ## env
        LANG=en_US.UTF-8
        EXTRA=a=b

        ## exit
        0

        ## stdout
        [
        ]

        """

    @Test func sectionsAreReadInOrderWithoutTrailingBlankLines() throws {
        let scenario = try Scenario(parsing: Self.sample)
        #expect(scenario.name == "a sample")
        #expect(
            scenario.sections.map(\.header) == [
                "## command", "## file: dir/p.yaml", "## stdin", "## env", "## exit", "## stdout",
            ])
        #expect(scenario.command == "dglint query '$.a b' -")
        #expect(scenario.files.map(\.path) == ["dir/p.yaml"])
        #expect(scenario.files.first?.content == "a: 1\n\nb: 2\n")
        #expect(scenario.body("stdin") == "x: 1\n")
        #expect(scenario.environment == ["LANG": "en_US.UTF-8", "EXTRA": "a=b"])
        #expect(scenario.exitStatus == 0)
        #expect(scenario.body("stdout") == "[\n]\n")
        #expect(scenario.body("stderr") == nil)
    }

    @Test func aScenarioIsWrittenBackAsItWasRead() throws {
        let scenario = try Scenario(parsing: Self.sample)
        let again = try Scenario(parsing: scenario.text)
        #expect(again.text == scenario.text)
        #expect(scenario.text.hasPrefix("# name: a sample\n# more words\n\n## command\n"))
    }

    @Test func recordingReplacesOrAddsSections() throws {
        var scenario = try Scenario(parsing: Self.sample)
        scenario.set("stdout", "[1]\n\n\n")
        scenario.set("stderr", "")
        #expect(scenario.body("stdout") == "[1]\n")
        #expect(scenario.text.hasSuffix("## stdout\n[1]\n\n## stderr\n"))
    }

    @Test(arguments: [
        ("## stdot\nx\n", "unknown section '## stdot'"),
        ("## file\nx\n", "'## file': only 'file' takes a name after a colon, and it must"),
        ("## exit: 1\n", "'## exit: 1': only 'file' takes a name after a colon, and it must"),
        ("## exit\n0\n", "no '## command' section"),
        ("## command\na\n## command\nb\n", "more than one '## command' section"),
    ])
    func malformedScenariosAreRejected(_ text: String, _ message: String) {
        #expect {
            _ = try Scenario(parsing: text)
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
    }

    @Test func theLastLinesOfAnOutput() {
        #expect(ScenarioTests.lastLines(of: "a\nb\nc\n", count: 2) == "b\nc\n")
        #expect(ScenarioTests.lastLines(of: "a\nb", count: 1) == "b\n")
        #expect(ScenarioTests.lastLines(of: "", count: 3) == "")
    }

    @Test(arguments: [
        ("dglint check a.yaml", ["dglint", "check", "a.yaml"]),
        ("dglint  query '$.a[?@.b == \"x y\"]'  f", ["dglint", "query", "$.a[?@.b == \"x y\"]", "f"]),
        ("dglint query \"it's \\\"q\\\"\" f", ["dglint", "query", "it's \"q\"", "f"]),
        ("dglint check a\\ b.yaml ''", ["dglint", "check", "a b.yaml", ""]),
    ])
    func commandLinesAreSplitLikeAShell(_ command: String, _ words: [String]) throws {
        #expect(try CommandRunner.words(command) == words)
    }

    @Test func anUnbalancedQuoteIsAnError() {
        #expect(throws: CommandRunner.Failure.self) { try CommandRunner.words("dglint query '$.a") }
    }
}
