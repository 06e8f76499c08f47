import DGLintFunctions
import DGLintKit
import DGLintModel
import DGLintTestSupport
import Glibc
import Testing

/// How the paths on the command line become the list of files to check.
@Suite struct InputCollectorTests {
    /// The relative paths of the inputs under `folder`, with `!` before unreadable ones.
    private func names(_ inputs: some Collection<InputCollector.Input>, under folder: TemporaryFolder) -> [String] {
        inputs.map { input in
            let relative =
                input.path.hasPrefix(folder.path + "/")
                ? String(input.path.dropFirst(folder.path.count + 1)) : input.path
            if case .unreadable = input { return "!" + relative }
            return relative
        }
    }

    @Test func foldersAreWalkedRecursivelyInSortedOrderForProposalFilesOnly() throws {
        try TemporaryFolder.with { folder in
            for file in ["c.json", "b/two.yaml", "b/a/one.yaml", "a.yml", "notes.txt", "b/readme.md", "d.yaml.bak"] {
                try folder.write(file, "x: 1\n")
            }
            let inputs = InputCollector().collect([folder.path])
            #expect(names(inputs, under: folder) == ["a.yml", "b/a/one.yaml", "b/two.yaml", "c.json"])
        }
    }

    @Test func hiddenFilesAndFoldersAreSkipped() throws {
        try TemporaryFolder.with { folder in
            for file in [".hidden.yaml", ".git/config.yaml", "visible/.draft.yaml", "visible/kept.yaml"] {
                try folder.write(file, "x: 1\n")
            }
            #expect(names(InputCollector().collect([folder.path]), under: folder) == ["visible/kept.yaml"])
        }
    }

    @Test func aFileGivenTwiceOrAlsoInsideAGivenFolderIsCheckedOnce() throws {
        try TemporaryFolder.with { folder in
            let file = try folder.write("p.yaml", "x: 1\n")
            try folder.write("q.yaml", "x: 1\n")
            let inputs = InputCollector().collect([file, folder.path, file])
            #expect(names(inputs, under: folder) == ["p.yaml", "q.yaml"])
        }
    }

    @Test func filesGivenByNameKeepTheCommandLineOrderAndAnyExtension() throws {
        try TemporaryFolder.with { folder in
            let z = try folder.write("z.yaml", "x: 1\n")
            let text = try folder.write("proposal.txt", "x: 1\n")
            #expect(Array(InputCollector().collect([z, text])) == [.file(z), .file(text)])
        }
    }

    @Test func aSymbolicLinkLoopIsWalkedOnce() throws {
        try TemporaryFolder.with { folder in
            try folder.write("tree/p.yaml", "x: 1\n")
            try folder.write("tree/sub/q.yaml", "x: 1\n")
            try folder.link("tree/sub/back", to: "..")
            let inputs = InputCollector().collect([folder.path("tree")])
            #expect(names(inputs, under: folder) == ["tree/p.yaml", "tree/sub/q.yaml"])
        }
    }

    @Test func aLinkedFileIsCheckedOnceUnderTheFirstName() throws {
        try TemporaryFolder.with { folder in
            try folder.write("a.yaml", "x: 1\n")
            try folder.link("b.yaml", to: "a.yaml")
            #expect(names(InputCollector().collect([folder.path]), under: folder) == ["a.yaml"])
        }
    }

    @Test func aMissingPathIsUnreadableWithAReason() throws {
        try TemporaryFolder.with { folder in
            let missing = folder.path("nosuch.yaml")
            #expect(Array(InputCollector().collect([missing])) == [.unreadable(missing, reason: Self.doesNotExist)])
        }
    }

    @Test func aDanglingLinkInAFolderIsUnreadable() throws {
        try TemporaryFolder.with { folder in
            try folder.link("gone.yaml", to: "nowhere.yaml")
            let inputs = InputCollector().collect([folder.path])
            #expect(inputs == [.unreadable(folder.path("gone.yaml"), reason: Self.doesNotExist)])
        }
    }

    @Test(.enabled(if: getuid() != 0, "root reads files whatever their permissions"))
    func anUnreadableFolderIsUnreadableWithAReason() throws {
        try TemporaryFolder.with { folder in
            try folder.write("locked/p.yaml", "x: 1\n")
            try folder.write("open.yaml", "x: 1\n")
            try folder.setPermissions("locked", 0o000)
            let inputs = InputCollector().collect([folder.path])
            #expect(
                inputs == [
                    .unreadable(folder.path("locked"), reason: Self.permissionDenied), .file(folder.path("open.yaml")),
                ])
        }
    }

    @Test(.enabled(if: getuid() != 0, "root reads files whatever their permissions"))
    func anUnreadableFileIsAnInput01Finding() throws {
        try TemporaryFolder.with { folder in
            let file = try folder.write("p.yaml", "x: 1\n")
            try folder.setPermissions("p.yaml", 0o000)
            let linter = try KitFixtures.linter(rulesPath: [])
            let report = try linter.check(.file(file))
            #expect(report.findings.map(\.rule) == ["INPUT-01"])
            #expect(report.findings.first?.message.en == "The file cannot be read: " + Self.permissionDenied.en)
            #expect(report.findings.first?.message.th == "อ่านไฟล์ไม่ได้: " + Self.permissionDenied.th)
        }
    }

    static let doesNotExist = LocalizedText(th: "ไม่มีไฟล์หรือโฟลเดอร์นี้", en: "it does not exist")
    static let permissionDenied = LocalizedText(
        th: "ไม่มีสิทธิ์อ่าน; ให้สิทธิ์อ่านแก่ผู้ใช้ที่เรียกใช้ dglint",
        en: "permission denied; give the user who runs dglint permission to read it")

    @Test func aLoopOfFileLinksIsUnreadableAndSaysWhatToDo() throws {
        try TemporaryFolder.with { folder in
            try folder.link("a.yaml", to: "b.yaml")
            try folder.link("b.yaml", to: "a.yaml")
            let reason = LocalizedText(
                th: "เป็นลิงก์สัญลักษณ์ที่วนกลับมาหากัน; ชี้ลิงก์ไปที่ไฟล์หรือโฟลเดอร์ หรือลบลิงก์ออก",
                en: "it is a loop of symbolic links; point the link at a file or folder, or remove the link")
            let inputs = InputCollector().collect([folder.path])
            #expect(
                inputs == [
                    .unreadable(folder.path("a.yaml"), reason: reason),
                    .unreadable(folder.path("b.yaml"), reason: reason),
                ])
            let report = try KitFixtures.linter(rulesPath: []).check(.file(folder.path("a.yaml")))
            #expect(report.findings.map(\.message.en) == ["The file cannot be read: " + reason.en])
            #expect(report.findings.map(\.message.th) == ["อ่านไฟล์ไม่ได้: " + reason.th])
        }
    }

    @Test func aFileOverTheSizeLimitIsAnInput01FindingThatSaysToSplitIt() throws {
        try TemporaryFolder.with { folder in
            let file = try folder.write("big.yaml", String(repeating: "# padding\n", count: 220_000))
            var options = LintOptions()
            options.builtinRules = nil
            options.environmentRulesPath = nil
            options.limits.maxFileSize = 1 << 20
            let linter = try Linter(options: options, registry: BuiltinFunctions.registry)
            let report = try linter.check(.file(file))
            #expect(report.findings.map(\.rule) == ["INPUT-01"])
            #expect(
                report.findings.first?.message.en
                    == "The file cannot be read: it is 2.1 MiB, larger than the 1.0 MiB limit; split it into smaller files"
            )
            #expect(
                report.findings.first?.message.th
                    == "อ่านไฟล์ไม่ได้: ไฟล์มีขนาด 2.1 MiB เกินขีดจำกัด 1.0 MiB; แบ่งเป็นไฟล์ที่เล็กลง")
            // One byte over: sizes in MiB would read the same, so they are given in bytes.
            let over = try folder.write("over.yaml", String(repeating: "#", count: (1 << 20) + 1))
            #expect(
                try linter.check(.file(over)).findings.first?.message.en
                    == "The file cannot be read: it is 1048577 bytes, larger than the 1048576-byte limit; "
                    + "split it into smaller files")
        }
    }

    @Test func aMissingInputIsAnInput01FindingWithTheReason() throws {
        let linter = try KitFixtures.linter(rulesPath: [])
        let report = try linter.check(.unreadable("gone.yaml", reason: Self.doesNotExist))
        #expect(report.findings.map(\.rule) == ["INPUT-01"])
        #expect(report.findings.first?.message.en == "The file cannot be read: it does not exist")
        #expect(report.findings.first?.message.th == "อ่านไฟล์ไม่ได้: ไม่มีไฟล์หรือโฟลเดอร์นี้")
        #expect(report.findings.first?.range == nil)
    }

    @Test func excludeGlobsLeaveOutFilesAndWholeFolders() throws {
        try TemporaryFolder.with { folder in
            for file in ["a.yaml", "a.json", "drafts/x.yaml", "sub/b.json", "sub/b.yaml", "sub/drafts/y.yaml"] {
                try folder.write(file, "x: 1\n")
            }
            let collector = InputCollector(exclude: [Glob("drafts"), Glob("**/*.json")])
            #expect(
                names(collector.collect([folder.path]), under: folder) == ["a.yaml", "sub/b.yaml", "sub/drafts/y.yaml"])
            let anywhere = InputCollector(exclude: [Glob("**/drafts")])
            #expect(
                names(anywhere.collect([folder.path]), under: folder) == [
                    "a.json", "a.yaml", "sub/b.json", "sub/b.yaml",
                ])
        }
    }

    @Test func excludeGlobsAreRelativeToTheGivenFolder() throws {
        try TemporaryFolder.with { folder in
            try folder.write("top/skip/x.yaml", "x: 1\n")
            try folder.write("top/keep.yaml", "x: 1\n")
            let collector = InputCollector(exclude: [Glob("skip")])
            #expect(names(collector.collect([folder.path("top")]), under: folder) == ["top/keep.yaml"])
        }
    }
}
