import DGLintKit
import DGLintModel
import DGLintTestSupport
import DGLintYAML
import Foundation
import Testing

/// The parse cache gives exactly what parsing gives, notices every change to the file, and treats a damaged
/// or foreign entry as missing.
@Suite struct ParseCacheTests {
    static let text = """
        # ชุดกฎทดสอบ
        pack: demo
        title: {th: ชุดกฎ, en: The pack}
        rules:
          DEMO-01:
            severity: error
            then: [{field: name, function: defined}, {field: "a.b", function: truthy}]
        anchors:
          base: &base {x: 1, y: [true, null, 2.5]}
          copy: *base

        """

    /// Every node's range and key range in `document`, in pre-order.
    static func ranges(_ document: LoadedDocument) -> [String] {
        (0..<document.sourceMap.count).map {
            "\(document.sourceMap.range(ofNode: $0)) \(document.sourceMap.keyRange(ofNode: $0))"
        }
    }

    /// The inode of `path`: writing an entry renames a new file into place, so a rewrite changes it.
    static func identity(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
    }

    /// The entries in the cache folder (not the stamp of its last pruning).
    static func entries(_ folder: TemporaryFolder) -> [String] {
        files(folder).filter { $0.hasSuffix(".parsed") }
    }

    /// Every file in the cache folder.
    static func files(_ folder: TemporaryFolder) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path("cache"))) ?? []).sorted()
    }

    /// Writes `size` bytes to `name` in the cache folder, last modified `age` seconds before `now`.
    static func file(
        _ name: String, in folder: TemporaryFolder, age: Int, now: Int, size: Int = 10
    ) throws {
        let path = try folder.write("cache/" + name, String(repeating: "x", count: size))
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: TimeInterval(now - age))], ofItemAtPath: path)
    }

    @Test func aCachedFileReadsBackExactlyAsParsed() throws {
        try TemporaryFolder.with { folder in
            let path = try folder.write("demo/pack.yaml", Self.text)
            let cache = ParseCache(folder: folder.path("cache"))
            let loader = YAMLLoader()
            let bytes = Array(Self.text.utf8)
            let parsed = try loader.load(bytes, file: path)
            let first = try cache.documents(bytes, file: path, loader: loader)
            #expect(Self.entries(folder).count == 1)
            let entry = folder.path("cache/" + Self.entries(folder)[0])
            let written = try Self.identity(entry)
            #expect(written != nil)
            let second = try cache.documents(bytes, file: path, loader: loader)
            for documents in [first, second] {
                #expect(documents.count == 1)
                #expect(documents[0].value == parsed[0].value)
                #expect(documents[0].value.objectValue?.keys.elements == parsed[0].value.objectValue?.keys.elements)
                #expect(Self.ranges(documents[0]) == Self.ranges(parsed[0]))
            }
            // The second read came from the entry, which was not written again (a write renames a new file into
            // place, with a new inode).
            #expect(try Self.identity(entry) == written)
        }
    }

    /// A loader allowed deeper nesting than the default reads its deep documents back from the cache too.
    @Test func nestingAsDeepAsTheLoaderAllowsIsCached() throws {
        try TemporaryFolder.with { folder in
            let text = String(repeating: "[", count: 300) + "1" + String(repeating: "]", count: 300) + "\n"
            let loader = YAMLLoader(limits: YAMLLoader.Limits(maxDepth: 300))
            let cache = ParseCache(folder: folder.path("cache"))
            let first = try cache.documents(Array(text.utf8), file: "deep.yaml", loader: loader)
            let entry = folder.path("cache/" + Self.entries(folder)[0])
            let written = try Self.identity(entry)
            #expect(written != nil)
            let second = try cache.documents(Array(text.utf8), file: "deep.yaml", loader: loader)
            #expect(second[0].value == first[0].value)
            #expect(try Self.identity(entry) == written)
        }
    }

    @Test func anEditedFileIsParsedAgain() throws {
        try TemporaryFolder.with { folder in
            let path = folder.path("demo/pack.yaml")
            let cache = ParseCache(folder: folder.path("cache"))
            _ = try cache.documents(Array(Self.text.utf8), file: path, loader: YAMLLoader())
            // Same length, one character changed: the hash, not the size, tells them apart.
            let edited = Self.text.replacingOccurrences(of: "severity: error", with: "severity: erroR")
            let documents = try cache.documents(Array(edited.utf8), file: path, loader: YAMLLoader())
            #expect(documents[0].value["rules"]?["DEMO-01"]?["severity"] == "erroR")
            #expect(Self.entries(folder).count == 1)
        }
    }

    @Test func aFileThatDoesNotParseGivesItsErrorAndIsNotCached() throws {
        try TemporaryFolder.with { folder in
            let cache = ParseCache(folder: folder.path("cache"))
            for _ in 0..<2 {
                #expect(throws: Diagnostic.self) {
                    _ = try cache.documents(Array("a: 1\na: 2\n".utf8), file: "dup.yaml", loader: YAMLLoader())
                }
            }
            #expect(Self.entries(folder).isEmpty)
        }
    }

    /// Truncated, overwritten with other bytes, or from another build: the entry counts as missing, the file
    /// is parsed, and the entry is written again.
    @Test(arguments: ["truncated", "garbage", "flipped", "empty"])
    func aDamagedEntryCountsAsMissing(_ damage: String) throws {
        try TemporaryFolder.with { folder in
            let path = folder.path("demo/pack.yaml")
            let cache = ParseCache(folder: folder.path("cache"))
            let bytes = Array(Self.text.utf8)
            let parsed = try YAMLLoader().load(bytes, file: path)
            _ = try cache.documents(bytes, file: path, loader: YAMLLoader())
            let entry = folder.path("cache/" + Self.entries(folder)[0])
            let stored = try Data(contentsOf: URL(fileURLWithPath: entry))
            var damaged: Data
            switch damage {
            case "truncated": damaged = stored.prefix(stored.count - 5)
            case "garbage": damaged = Data(repeating: 0xA5, count: stored.count)
            case "flipped":
                damaged = stored
                damaged[damaged.count - 3] ^= 0x40
            default: damaged = Data()
            }
            try damaged.write(to: URL(fileURLWithPath: entry))
            let documents = try cache.documents(bytes, file: path, loader: YAMLLoader())
            #expect(documents[0].value == parsed[0].value)
            #expect(Self.ranges(documents[0]) == Self.ranges(parsed[0]))
            #expect(try Data(contentsOf: URL(fileURLWithPath: entry)) == stored)
        }
    }

    @Test func aResourceValueIsCachedApartFromDocuments() throws {
        try TemporaryFolder.with { folder in
            let cache = ParseCache(folder: folder.path("cache"))
            let bytes = Array(#"{"type": "object", "required": ["name"]}"#.utf8)
            var parses = 0
            for _ in 0..<3 {
                let value = cache.value(bytes, file: "schema.json", loader: YAMLLoader()) {
                    parses += 1
                    return ["type": "object", "required": ["name"]]
                }
                #expect(value == ["type": "object", "required": ["name"]])
            }
            #expect(parses == 1)
            _ = try cache.documents(bytes, file: "schema.json", loader: YAMLLoader())
            #expect(Self.entries(folder).count == 2)
        }
    }

    @Test func aFolderThatCannotBeWrittenOnlyCostsTheSaving() throws {
        try TemporaryFolder.with { folder in
            _ = try folder.write("cache", "a file where the folder should be\n")
            let cache = ParseCache(folder: folder.path("cache/parsed"))
            let documents = try cache.documents(Array(Self.text.utf8), file: "pack.yaml", loader: YAMLLoader())
            #expect(documents[0].value["pack"] == "demo")
        }
    }

    static let now = 1_795_000_000
    static let day = 24 * 3600

    /// Entries written more than 30 days ago and temporary files older than a day go; newer ones, and every file
    /// not named as the cache names its files, stay.
    @Test func pruningDeletesOldEntriesAndLeftoversOnly() throws {
        try TemporaryFolder.with { folder in
            let old = 31 * Self.day
            for (name, age) in [
                ("0123456789abcdef.parsed", old), ("fedcba9876543210.parsed", 29 * Self.day),
                ("0123456789abcdef.parsed.tmp-123", 2 * Self.day), ("fedcba9876543210.parsed.tmp-456", 3600),
                ("notes.txt", old), ("0123456789ABCDEF.parsed", old), ("0123456789abcdef.parsed.bak", old),
                ("0123456789abcdef.parsed.tmp-", old), ("0123456789abcde.parsed", old),
            ] {
                try Self.file(name, in: folder, age: age, now: Self.now)
            }
            ParseCache(folder: folder.path("cache")).prune(now: Self.now)
            #expect(
                Self.files(folder) == [
                    "0123456789ABCDEF.parsed", "0123456789abcde.parsed", "0123456789abcdef.parsed.bak",
                    "0123456789abcdef.parsed.tmp-", "fedcba9876543210.parsed", "fedcba9876543210.parsed.tmp-456",
                    "notes.txt",
                ])
        }
    }

    /// Past the size limit the oldest entries go first, until the rest fit.
    @Test func pruningDeletesTheOldestPastTheSizeLimit() throws {
        try TemporaryFolder.with { folder in
            for (number, age) in [(1, 400), (2, 100), (3, 300), (4, 200)] {
                try Self.file("000000000000000\(number).parsed", in: folder, age: age, now: Self.now, size: 100)
            }
            ParseCache(folder: folder.path("cache")).prune(now: Self.now, maximumBytes: 250)
            #expect(Self.entries(folder) == ["0000000000000002.parsed", "0000000000000004.parsed"])
        }
    }

    /// The folder is looked through at most once a day, as its stamp says, and writing an entry is what makes a
    /// run look.
    @Test func pruningIsDueOnceADayAfterAWrite() throws {
        try TemporaryFolder.with { folder in
            let cache = ParseCache(folder: folder.path("cache"))
            let stale = "0123456789abcdef.parsed"
            try Self.file(stale, in: folder, age: 40 * Self.day, now: Self.now)
            try Self.file(ParseCache.stampName, in: folder, age: Self.day / 2, now: Self.now, size: 0)
            cache.pruneIfDue(now: Self.now)
            #expect(Self.entries(folder) == [stale])
            cache.pruneIfDue(now: Self.now + Self.day)
            #expect(Self.entries(folder).isEmpty)
            // The stamp now says the folder was looked through: an entry gone stale since stays until tomorrow.
            try Self.file(stale, in: folder, age: 40 * Self.day, now: Self.now)
            cache.pruneIfDue(now: Int(Date().timeIntervalSince1970))
            #expect(Self.entries(folder) == [stale])
        }
    }

    /// A run that writes an entry deletes the stale ones; a run that finds everything cached writes nothing.
    @Test func writingAnEntryPrunesTheFolder() throws {
        try TemporaryFolder.with { folder in
            let stale = "0123456789abcdef.parsed"
            let real = Int(Date().timeIntervalSince1970)
            try Self.file(stale, in: folder, age: 40 * Self.day, now: real)
            let cache = ParseCache(folder: folder.path("cache"))
            _ = try cache.documents(Array(Self.text.utf8), file: "pack.yaml", loader: YAMLLoader())
            #expect(Self.entries(folder).count == 1)
            #expect(!Self.entries(folder).contains(stale))
            #expect(Self.files(folder).contains(ParseCache.stampName))
        }
    }

    @Test func theStandardFolderFollowsTheEnvironment() {
        func folder(_ environment: [String: String]) -> String? {
            ParseCache.standardFolder { environment[$0] }
        }
        #expect(folder(["HOME": "/home/somchai"]) == "/home/somchai/.cache/dglint")
        #expect(folder(["HOME": "/home/somchai", "XDG_CACHE_HOME": "/var/cache/u"]) == "/var/cache/u/dglint")
        #expect(folder(["HOME": "/h", "XDG_CACHE_HOME": "relative"]) == "/h/.cache/dglint")
        #expect(folder(["HOME": "/h", "DGLINT_CACHE_DIR": "/tmp/c"]) == "/tmp/c")
        #expect(folder(["HOME": "/h", "DGLINT_CACHE_DIR": "/tmp/c", "DGLINT_NO_CACHE": "1"]) == nil)
        #expect(folder([:]) == nil)
    }
}
