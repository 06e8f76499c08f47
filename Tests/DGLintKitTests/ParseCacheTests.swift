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

    /// The entries in the cache folder.
    static func entries(_ folder: TemporaryFolder) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path("cache"))) ?? []).sorted()
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
